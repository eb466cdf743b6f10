package uk.raa.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.matching.domain.entity.AdoptionMatch;
import uk.raa.matching.domain.lifecycle.MatchStage;

/**
 * Matches. Agency staff see their agency's; a partner authority sees the matches that include one of its children
 * (row-level security enforces the same).
 */
@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<AdoptionMatch, UUID> {

    private static final String OWN_CHILD = "id in (select c.matchId from MatchedChild c where c.childAuthority in ?2)";

    public Optional<AdoptionMatch> findInScope(UUID id, TenantScope scope) {
        if (scope.isAgencyStaff()) {
            return find("id = ?1 and agency = ?2", id, scope.agency()).firstResultOptional();
        }
        return find("id = ?1 and " + OWN_CHILD, id, scope.authorities()).firstResultOptional();
    }

    public List<AdoptionMatch> pageInScope(TenantScope scope, MatchStage stage, int page, int size) {
        return scoped(scope, stage).page(Page.of(page, size)).list();
    }

    public long countInScope(TenantScope scope, MatchStage stage) {
        return scoped(scope, stage).count();
    }

    /** Households held by an active match of the agency. */
    public Set<UUID> householdsInActiveMatches(String agency) {
        return Set.copyOf(getEntityManager().createQuery("select m.householdId from AdoptionMatch m"
                + " where m.agency = ?1 and m.stage in ?2", UUID.class)
                .setParameter(1, agency).setParameter(2, activeStages()).getResultList());
    }

    public List<AdoptionMatch> activeForHousehold(UUID householdId, String agency) {
        return find("householdId = ?1 and agency = ?2 and stage in ?3", householdId, agency, activeStages()).list();
    }

    private PanacheQuery<AdoptionMatch> scoped(TenantScope scope, MatchStage stage) {
        Sort sort = Sort.by("createdAt").and("id");
        StringBuilder query = new StringBuilder();
        Parameters parameters = new Parameters();
        if (scope.isAgencyStaff()) {
            query.append("agency = :agency");
            parameters.and("agency", scope.agency());
        } else {
            query.append("id in (select c.matchId from MatchedChild c where c.childAuthority in :authorities)");
            parameters.and("authorities", scope.authorities());
        }
        if (stage != null) {
            query.append(" and stage = :stage");
            parameters.and("stage", stage.name());
        }
        return find(query.toString(), sort, parameters);
    }

    private static List<String> activeStages() {
        return Arrays.stream(MatchStage.values()).filter(MatchStage::active).map(Enum::name).toList();
    }
}
