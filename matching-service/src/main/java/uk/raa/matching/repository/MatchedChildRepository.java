package uk.raa.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.matching.domain.entity.MatchedChild;

/** The children of matches. A partner authority sees only its own children's rows. */
@ApplicationScoped
public class MatchedChildRepository implements PanacheRepositoryBase<MatchedChild, MatchedChild.Key> {

    public List<MatchedChild> forMatches(Collection<UUID> matchIds, TenantScope scope) {
        if (matchIds.isEmpty()) {
            return List.of();
        }
        Sort sort = Sort.by("matchId").and("position");
        if (scope.isAgencyStaff()) {
            return find("matchId in ?1", sort, matchIds).list();
        }
        return find("matchId in ?1 and childAuthority in ?2", sort, matchIds, scope.authorities()).list();
    }

    /** Children held by an active match of the agency. */
    public Set<UUID> childrenInActiveMatches(String agency) {
        return Set.copyOf(getEntityManager().createQuery("select c.childId from MatchedChild c where c.active = true"
                + " and c.matchId in (select m.id from AdoptionMatch m where m.agency = ?1)", UUID.class)
                .setParameter(1, agency).getResultList());
    }

    public List<MatchedChild> activeFor(Collection<UUID> childIds) {
        return find("active = true and childId in ?1", childIds).list();
    }
}
