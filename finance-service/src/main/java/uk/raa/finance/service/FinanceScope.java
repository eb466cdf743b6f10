package uk.raa.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.finance.repository.AgencyRepository;

/**
 * The caller's place in the partnership. Finance data is owned by the agency; agency managers and finance staff see
 * all of it, a partner authority's principals only what is about their own authority.
 */
@ApplicationScoped
public class FinanceScope {

    private final ScopeContext scopes;
    private final AgencyRepository agencies;

    public FinanceScope(ScopeContext scopes, AgencyRepository agencies) {
        this.scopes = scopes;
        this.agencies = agencies;
    }

    public TenantScope current() {
        return scopes.current();
    }

    /**
     * The caller's agency. A caller with none, or with an agency that has no partnership here, sees nothing and
     * can write nothing: answered like a record that does not exist. Call inside a tenant-scoped transaction.
     */
    public String agency(String recordType) {
        TenantScope scope = scopes.current();
        if (scope.agency() == null || agencies.findByCode(scope.agency()).isEmpty()) {
            throw ProblemException.notFound(recordType);
        }
        return scope.agency();
    }

    /** Managers and finance staff of the agency see every member's figures. */
    public boolean seesWholeAgency() {
        TenantScope scope = scopes.current();
        return scope.isAgencyStaff() && (scope.hasRole(FinanceRoles.MANAGER) || scope.hasRole(FinanceRoles.FINANCE));
    }

    /** Writes to the agency's finance records are for its managers and finance staff only. */
    public void requireAgencyFinanceStaff() {
        if (!seesWholeAgency()) {
            throw ProblemException.forbidden("Only the agency's managers and finance staff can do this.");
        }
    }

    /** The authority a partner principal acts for, or null for agency staff. */
    public String ownAuthority() {
        return scopes.current().authority();
    }

    /** True if the caller may see figures about this authority. */
    public boolean maySee(String authority) {
        return seesWholeAgency() || authority.equals(ownAuthority());
    }

    public String actor() {
        return scopes.current().actor();
    }
}
