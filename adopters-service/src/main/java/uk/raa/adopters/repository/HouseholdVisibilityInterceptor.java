package uk.raa.adopters.repository;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import uk.raa.common.tenancy.ScopeContext;

/**
 * Sets {@code app.agency_staff} for the current transaction (transaction-local, so it never leaks through the pool).
 * Only principals with an agency and no authority (agency staff and system work for an agency) get {@code true};
 * without it the household policies show a council's linked profiles at most, and the restricted tables nothing.
 * Runs inside {@code @Transactional}, after common's row-level security interceptor.
 */
@HouseholdVisibility
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 310)
public class HouseholdVisibilityInterceptor {

    private final EntityManager em;
    private final ScopeContext scopes;

    public HouseholdVisibilityInterceptor(EntityManager em, ScopeContext scopes) {
        this.em = em;
        this.scopes = scopes;
    }

    @AroundInvoke
    Object applyVisibility(InvocationContext ctx) throws Exception {
        boolean staff = scopes.current().isAgencyStaff();
        em.createNativeQuery("select set_config('app.agency_staff', ?1, true)")
                .setParameter(1, staff ? "true" : "false")
                .getSingleResult();
        return ctx.proceed();
    }
}
