package uk.raa.children.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.raa.children.domain.JourneyChange;
import uk.raa.common.tenancy.TenantScope;

/** The journey history (append-only) and the change feed over the agency's part of it. */
@ApplicationScoped
public class JourneyChangeRepository implements PanacheRepositoryBase<JourneyChange, Long> {

    public List<JourneyChange> historyOf(UUID childId, TenantScope scope, int page, int size) {
        return find("childId = ?1 and authority in ?2", Sort.by("id"), childId, scope.authorities())
                .page(Page.of(page, size)).list();
    }

    public long countHistoryOf(UUID childId, TenantScope scope) {
        return count("childId = ?1 and authority in ?2", childId, scope.authorities());
    }

    /** What the agency recorded after the cursor, oldest first. */
    public List<JourneyChange> feed(TenantScope scope, long after, int limit) {
        return find("agencyRecorded = true and authority in ?1 and id > ?2", Sort.by("id"), scope.authorities(), after)
                .page(Page.ofSize(limit)).list();
    }
}
