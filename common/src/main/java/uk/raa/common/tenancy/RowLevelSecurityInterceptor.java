package uk.raa.common.tenancy;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

/**
 * Sets {@code app.authorities}, {@code app.agency}, {@code app.staff_agency} and {@code app.actor} for the current
 * transaction with
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
        // app.agency is a council principal's agency too; app.staff_agency is set only for agency staff (and system
        // work for an agency), for rows that councils may see only in part (app_staff_agency_in_scope).
        em.createNativeQuery("select set_config('app.authorities', ?1, true), set_config('app.agency', ?2, true),"
                        + " set_config('app.actor', ?3, true), set_config('app.staff_agency', ?4, true)")
                .setParameter(1, scope.authoritiesSetting())
                .setParameter(2, scope.agency() == null ? "" : scope.agency())
                .setParameter(3, scope.actor())
                .setParameter(4, scope.isAgencyStaff() ? scope.agency() : "")
                .getSingleResult();
        return ctx.proceed();
    }
}
