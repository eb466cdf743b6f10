package uk.raa.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.matching.domain.entity.ChildProjection;

/** Children's profiles, always filtered by the caller's authorities (row-level security enforces the same). */
@ApplicationScoped
public class ChildProjectionRepository implements PanacheRepositoryBase<ChildProjection, UUID> {

    public Optional<ChildProjection> findInScope(UUID childId, TenantScope scope) {
        return find("childId = ?1 and authority in ?2", childId, scope.authorities()).firstResultOptional();
    }

    /** Children still available for matching, in id order so a search reads them the same way each time. */
    public List<ChildProjection> availableInScope(TenantScope scope) {
        return find("available = true and authority in ?1", Sort.by("childId"), scope.authorities()).list();
    }

    public List<ChildProjection> findAllInScope(Collection<UUID> childIds, TenantScope scope) {
        return find("childId in ?1 and authority in ?2", childIds, scope.authorities()).list();
    }

    /** Every child the caller can see in these sibling groups, available or not. */
    public List<ChildProjection> inSiblingGroups(Collection<UUID> siblingGroupIds, TenantScope scope) {
        if (siblingGroupIds.isEmpty()) {
            return List.of();
        }
        return find("siblingGroupId in ?1 and authority in ?2", Sort.by("childId"), siblingGroupIds,
                scope.authorities()).list();
    }
}
