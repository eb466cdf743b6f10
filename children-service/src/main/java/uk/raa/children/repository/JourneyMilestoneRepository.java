package uk.raa.children.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.children.domain.JourneyMilestone;
import uk.raa.common.tenancy.TenantScope;

/** Stored journey facts, always filtered by the caller's scope (row-level security enforces the same). */
@ApplicationScoped
public class JourneyMilestoneRepository implements PanacheRepositoryBase<JourneyMilestone, UUID> {

    public List<JourneyMilestone> forChild(UUID childId, TenantScope scope) {
        return list("childId = ?1 and authority in ?2", Sort.by("date").and("id"), childId, scope.authorities());
    }

    public Optional<JourneyMilestone> findInScope(UUID childId, UUID factId, TenantScope scope) {
        return find("id = ?1 and childId = ?2 and authority in ?3", factId, childId, scope.authorities())
                .firstResultOptional();
    }

    /** Every fact of the given children, for lists and delay lists computed over the journeys. */
    public List<JourneyMilestone> forChildren(Collection<UUID> childIds, TenantScope scope) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return list("childId in ?1 and authority in ?2", childIds, scope.authorities());
    }
}
