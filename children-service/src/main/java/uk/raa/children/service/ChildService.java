package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.ChildCategories;
import uk.raa.children.domain.JourneyMilestone;
import uk.raa.children.domain.SiblingGroup;
import uk.raa.children.domain.SiblingPlan;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.JourneyAsAt;
import uk.raa.children.domain.journey.JourneyStatus;
import uk.raa.children.domain.scorecard.HarderToPlaceCategory;
import uk.raa.children.repository.JourneyMilestoneRepository;
import uk.raa.children.repository.SiblingGroupRepository;
import uk.raa.children.domain.ChildDetails;
import uk.raa.children.domain.EthnicityCodes;
import uk.raa.children.repository.ChildRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.ETags;
import uk.raa.common.write.IdempotentCreates;

/** Registering, reading and updating children, in the caller's scope, audited. */
@ApplicationScoped
@Transactional
@TenantScoped
public class ChildService {

    public static final String RECORD_TYPE = "child";

    private final ChildRepository children;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final IdempotentCreates idempotency;
    private final Clock clock;

    private final JourneyMilestoneRepository facts;
    private final SiblingGroupRepository siblingGroups;
    private final ProfileEvents profiles;

    public ChildService(ChildRepository children, ScopeContext scopes, AuditTrail audit, IdempotentCreates idempotency,
            Clock clock, JourneyMilestoneRepository facts, SiblingGroupRepository siblingGroups, ProfileEvents profiles) {
        this.facts = facts;
        this.siblingGroups = siblingGroups;
        this.profiles = profiles;
        this.children = children;
        this.scopes = scopes;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** A new child for the caller's own authority. Returns the child and whether this was an idempotent replay. */
    public Registration register(String childReference, ChildDetails details, String idempotencyKey, Object request) {
        TenantScope scope = scopes.current();
        String authority = requireAuthority(scope);
        check(details);
        IdempotentCreates.Outcome outcome = idempotency.create(idempotencyKey, "register-child", request, () -> {
            if (children.findByReference(authority, childReference).isPresent()) {
                throw ProblemException.conflict("Your authority already has a child with this childReference; "
                        + "update it with PUT /api/children/by-reference/{childReference}.");
            }
            Child child = new Child(UUID.randomUUID(), authority, childReference, details, now());
            children.persist(child);
            children.flush();
            profiles.publish(child, scope);
            return child.id().toString();
        });
        Child child = children.findInScope(UUID.fromString(outcome.id()), scope)
                .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        audit.record(outcome.replayed() ? AuditAction.READ : AuditAction.CREATE, RECORD_TYPE, child.id().toString(),
                Purpose.CASE_WORK);
        return new Registration(child, outcome.replayed());
    }

    /** Case systems' upsert by their own reference: creates, or updates when If-Match names the current version. */
    public Registration upsertByReference(String childReference, ChildDetails details, String ifMatch) {
        TenantScope scope = scopes.current();
        String authority = requireAuthority(scope);
        check(details);
        var existing = children.findByReference(authority, childReference);
        if (existing.isEmpty()) {
            Child child = new Child(UUID.randomUUID(), authority, childReference, details, now());
            children.persist(child);
            children.flush();
            profiles.publish(child, scope);
            audit.record(AuditAction.CREATE, RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
            return new Registration(child, false);
        }
        Child child = existing.get();
        ETags.requireMatch(ifMatch, child.version());
        child.apply(details, now());
        children.flush();
        profiles.publish(child, scope);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return new Registration(child, true);
    }

    public Child get(UUID id) {
        Child child = children.findInScope(id, scopes.current()).orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        audit.record(AuditAction.READ, RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return child;
    }

    /** Filters computed from each child's journey as at a date; all null means no journey filter. */
    public record JourneyFilter(JourneyStatus status, HarderToPlaceCategory category, Integer minWaitingDays,
                                LocalDate asAt) {

        boolean isEmpty() {
            return status == null && category == null && minWaitingDays == null;
        }
    }

    public Page<Child> list(String authorityFilter, PageRequest page) {
        return list(authorityFilter, new JourneyFilter(null, null, null, null), page);
    }

    /**
     * Children in scope, optionally filtered by journey status, harder-to-place category and waiting time as at a
     * date. Journey filters are computed over the scope's journeys in memory: an agency holds a few thousand
     * children, and status and waiting time depend on the as-at date, so they cannot be stored.
     */
    public Page<Child> list(String authorityFilter, JourneyFilter filter, PageRequest page) {
        TenantScope scope = scopes.current();
        List<Child> items;
        long total;
        if (filter.isEmpty()) {
            items = children.pageInScope(scope, authorityFilter, page.page, page.size);
            total = children.countInScope(scope, authorityFilter);
        } else {
            LocalDate asAt = filter.asAt() == null ? LocalDate.now(clock) : filter.asAt();
            List<Child> all = children.allInScope(scope, authorityFilter);
            Map<UUID, List<JourneyMilestone>> factsByChild = facts.forChildren(
                    all.stream().map(Child::id).toList(), scope).stream()
                    .collect(Collectors.groupingBy(JourneyMilestone::childId));
            Set<UUID> together = siblingGroups.allInScope(scope).stream().filter(g -> g.plan() == SiblingPlan.TOGETHER)
                    .map(SiblingGroup::id).collect(Collectors.toSet());
            List<Child> matching = all.stream().filter(child -> {
                ChildJourney journey = JourneyAsAt.truncate(JourneyWriter.journey(child,
                        factsByChild.getOrDefault(child.id(), List.of())), asAt);
                if (filter.status() != null && JourneyAsAt.status(journey) != filter.status()) {
                    return false;
                }
                if (filter.category() != null && !ChildCategories.of(child.dateOfBirth(), child.disability(),
                        child.ethnicity(), child.siblingGroupId() != null && together.contains(child.siblingGroupId()),
                        asAt).contains(filter.category())) {
                    return false;
                }
                return filter.minWaitingDays() == null || JourneyAsAt.waitingDays(journey, asAt)
                        .map(days -> days >= filter.minWaitingDays()).orElse(false);
            }).toList();
            total = matching.size();
            items = matching.stream().skip((long) page.page * page.size).limit(page.size).toList();
        }
        audit.record(AuditAction.LIST, RECORD_TYPE, items.stream().map(c -> c.id().toString()).toList(),
                Purpose.CASE_WORK);
        return new Page<>(items, page.page, page.size, total);
    }

    public Child update(UUID id, ChildDetails details, String ifMatch) {
        Child child = children.findInScope(id, scopes.current()).orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        ETags.requireMatch(ifMatch, child.version());
        check(details);
        child.apply(details, now());
        children.flush();
        profiles.publish(child, scopes.current());
        audit.record(AuditAction.UPDATE, RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return child;
    }

    /**
     * Given and preferred names are shown to the owning authority and to agency practitioners and managers only
     * (not, for example, to finance staff).
     */
    public boolean showsIdentifyingDetails(Child child) {
        TenantScope scope = scopes.current();
        return child.authority().equals(scope.authority())
                || (scope.isAgencyStaff() && (scope.hasRole("practitioner") || scope.hasRole("manager")));
    }

    /** The result of a create or upsert. */
    public record Registration(Child child, boolean existed) {
    }

    private String requireAuthority(TenantScope scope) {
        if (scope.authority() == null) {
            throw ProblemException.forbidden("Children are registered by their own authority's principals.");
        }
        return scope.authority();
    }

    private void check(ChildDetails details) {
        for (String area : details.excludedAreas()) {
            if (!area.matches("[a-z-]{2,40}")) {
                throw ProblemException.validation("excludedAreas", "authority-code", "must be authority codes");
            }
        }
        if (!EthnicityCodes.isKnownCode(details.ethnicity())) {
            throw ProblemException.validation("ethnicity", "dfe-ethnicity-code",
                    "must be a DfE ethnicity code such as WBRI, MWBC or REFU");
        }
        if (details.dateOfBirth().isAfter(java.time.LocalDate.now(clock))) {
            throw ProblemException.validation("dateOfBirth", "not-future", "must not be in the future");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
