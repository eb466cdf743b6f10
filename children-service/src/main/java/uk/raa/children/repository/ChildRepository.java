package uk.raa.children.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.children.domain.Child;
import uk.raa.common.tenancy.TenantScope;

/**
 * Children, always filtered by the caller's scope. Row-level security enforces the same rule in PostgreSQL; the
 * explicit filter keeps intent visible and helps the planner.
 */
@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    public Optional<Child> findInScope(UUID id, TenantScope scope) {
        return find("id = ?1 and authority in ?2", id, scope.authorities()).firstResultOptional();
    }

    public Optional<Child> findByReference(String authority, String childReference) {
        return find("authority = ?1 and childReference = ?2", authority, childReference).firstResultOptional();
    }

    /** Every child in scope (optionally one authority's), for lists filtered on journey-derived values. */
    public List<Child> allInScope(TenantScope scope, String authorityFilter) {
        return scopedQuery(scope, authorityFilter).list();
    }

    public List<Child> inSiblingGroup(UUID groupId, TenantScope scope) {
        return list("siblingGroupId = ?1 and authority in ?2", Sort.by("childReference"), groupId,
                scope.authorities());
    }

    public List<Child> pageInScope(TenantScope scope, String authorityFilter, int page, int size) {
        return scopedQuery(scope, authorityFilter).page(Page.of(page, size)).list();
    }

    public long countInScope(TenantScope scope, String authorityFilter) {
        return scopedQuery(scope, authorityFilter).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Child> scopedQuery(TenantScope scope, String authorityFilter) {
        Sort sort = Sort.by("authority").and("childReference").and("id");
        if (authorityFilter != null) {
            return find("authority in ?1 and authority = ?2", sort, scope.authorities(), authorityFilter);
        }
        return find("authority in ?1", sort, scope.authorities());
    }
}
