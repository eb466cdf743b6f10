package uk.raa.common.tenancy;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

/**
 * Sets {@code app.authorities}, {@code app.agency} and {@code app.actor} for the current transaction with
 * {@code set_config(..., true)}, so the settings end with the transaction and never leak to the next user of a
 * pooled connection. Runs inside {@code @Transactional} (priority 200), hence the later priority.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class RowLevelSecurityInterceptor {

    private final EntityManager em;
    private final ScopeContext scopes;

    public RowLevelSecurityInterceptor(EntityManager em, ScopeContext scopes) {
        this.em = em;
        this.scopes = scopes;
    }

    @AroundInvoke
    Object applyScope(InvocationContext ctx) throws Exception {
        TenantScope scope = scopes.current();
        em.createNativeQuery("select set_config('app.authorities', ?1, true), set_config('app.agency', ?2, true),"
                        + " set_config('app.actor', ?3, true)")
                .setParameter(1, scope.authoritiesSetting())
                .setParameter(2, scope.agency() == null ? "" : scope.agency())
                .setParameter(3, scope.actor())
                .getSingleResult();
        return ctx.proceed();
    }
}
