package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.JourneyChange;
import uk.raa.children.repository.ChildRepository;
import uk.raa.children.repository.JourneyChangeRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;

/**
 * The change feed: what the agency recorded for an authority's children (match and placement dates, adoption
 * orders, corrections), cursor-paged so that a case system keeps its SSDA903 return right.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class FeedService {

    private final JourneyChangeRepository changes;
    private final ChildRepository children;
    private final ScopeContext scopes;
    private final AuditTrail audit;

    public FeedService(JourneyChangeRepository changes, ChildRepository children, ScopeContext scopes,
            AuditTrail audit) {
        this.changes = changes;
        this.children = children;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** One feed entry with the authority's own reference for the child. */
    public record FeedEntry(JourneyChange change, String childReference) {
    }

    public record FeedPage(List<FeedEntry> items, long nextCursor) {
    }

    public FeedPage after(long cursor, int limit) {
        TenantScope scope = scopes.current();
        List<JourneyChange> page = changes.feed(scope, cursor, limit);
        Map<UUID, String> references = children.list("id in ?1 and authority in ?2",
                        page.stream().map(JourneyChange::childId).distinct().toList(), scope.authorities())
                .stream().collect(Collectors.toMap(Child::id, Child::childReference, (a, b) -> a));
        List<FeedEntry> items = page.stream().map(c -> new FeedEntry(c, references.get(c.childId()))).toList();
        audit.record(AuditAction.LIST, ChildService.RECORD_TYPE,
                page.stream().map(c -> c.childId().toString()).distinct().toList(), Purpose.DATA_RETURN);
        long next = page.isEmpty() ? cursor : page.get(page.size() - 1).id();
        return new FeedPage(items, next);
    }
}
