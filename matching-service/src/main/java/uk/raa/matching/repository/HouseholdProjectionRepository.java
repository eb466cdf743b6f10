package uk.raa.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.matching.domain.entity.HouseholdProjection;
import uk.raa.matching.domain.profile.HouseholdStatus;

/**
 * Households' match profiles. Agency staff see their agency's; a partner authority sees a household only through a
 * match with one of its children (row-level security enforces the same).
 */
@ApplicationScoped
public class HouseholdProjectionRepository implements PanacheRepositoryBase<HouseholdProjection, UUID> {

    /** For agency staff and system jobs of the agency. */
    public Optional<HouseholdProjection> findForAgency(UUID householdId, String agency) {
        return find("householdId = ?1 and agency = ?2", householdId, agency).firstResultOptional();
    }

    /** Whether anyone, in any agency, holds this id: a household id belongs to one agency for good. */
    public boolean existsOutsideAgency(UUID householdId, String agency) {
        return count("householdId = ?1 and agency <> ?2", householdId, agency) > 0;
    }

    /** The household of a match the caller may read, as far as the caller may see it. */
    public Optional<HouseholdProjection> findForMatch(UUID householdId, TenantScope scope) {
        if (scope.isAgencyStaff()) {
            return findForAgency(householdId, scope.agency());
        }
        return find("householdId = ?1 and exists (select 1 from AdoptionMatch m where m.householdId = ?1"
                + " and m.stage <> 'WITHDRAWN' and m.id in (select c.matchId from MatchedChild c"
                + " where c.childAuthority in ?2))", householdId, scope.authorities()).firstResultOptional();
    }

    /** Households approved and waiting, in id order. */
    public List<HouseholdProjection> waiting(String agency) {
        return find("agency = ?1 and status = ?2", Sort.by("householdId"), agency,
                HouseholdStatus.APPROVED_WAITING.name()).list();
    }
}
