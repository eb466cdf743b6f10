package uk.raa.matching.service;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;

/**
 * Sets {@code app.staff_agency} for the transaction: the agency of agency staff (and of system jobs acting for the
 * agency), empty for council principals. Common's {@code app.agency} carries a council principal's agency too, so
 * agency-owned policies here (households, matches) use this setting instead; unset, it matches nothing. Runs after
 * {@code @Transactional} (200) and common's row-level security interceptor (300).
 */
@AgencyStaffScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 310)
public class AgencyStaffScope {

    private final EntityManager em;
    private final ScopeContext scopes;

    public AgencyStaffScope(EntityManager em, ScopeContext scopes) {
        this.em = em;
        this.scopes = scopes;
    }

    @AroundInvoke
    Object applyStaffAgency(InvocationContext ctx) throws Exception {
        TenantScope scope = scopes.current();
        em.createNativeQuery("select set_config('app.staff_agency', ?1, true)")
                .setParameter(1, scope.isAgencyStaff() ? scope.agency() : "")
                .getSingleResult();
        return ctx.proceed();
    }
}
