package uk.raa.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.matching.domain.entity.ChildProjection;
import uk.raa.matching.domain.entity.HouseholdProjection;
import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.search.ChildRanking;
import uk.raa.matching.domain.search.FailedConstraint;
import uk.raa.matching.domain.search.HouseholdRanking;
import uk.raa.matching.domain.search.MatchRanker;
import uk.raa.matching.domain.search.RankedChildren;
import uk.raa.matching.domain.search.SearchContext;
import uk.raa.matching.repository.ChildProjectionRepository;
import uk.raa.matching.repository.HouseholdProjectionRepository;
import uk.raa.matching.repository.MatchRepository;
import uk.raa.matching.repository.MatchedChildRepository;

/**
 * Family finding for agency staff, from matching's own projections only (no call to another service on the search
 * path). It ranks and explains; it never creates a match. Each search is audited with every record it returned.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class SearchService {

    private final ChildProjectionRepository children;
    private final HouseholdProjectionRepository households;
    private final MatchRepository matches;
    private final MatchedChildRepository matchedChildren;
    private final MatchRanker ranker;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final Clock clock;

    public SearchService(ChildProjectionRepository children, HouseholdProjectionRepository households,
            MatchRepository matches, MatchedChildRepository matchedChildren, MatchRanker ranker, ScopeContext scopes,
            AuditTrail audit, Clock clock) {
        this.children = children;
        this.households = households;
        this.matches = matches;
        this.matchedChildren = matchedChildren;
        this.ranker = ranker;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Waiting households ranked for a child or a sibling group (searched as one unit). */
    public HouseholdRanking householdsFor(List<UUID> childIds, LocalDate asAt) {
        TenantScope scope = staff();
        List<ChildProfile> group = availableChildren(childIds, scope);
        LocalDate date = asAtOrToday(asAt);
        List<HouseholdProfile> waiting = households.waiting(scope.agency()).stream()
                .map(HouseholdProjection::toProfile).toList();
        HouseholdRanking ranking = DomainProblems.translate(
                () -> ranker.rankHouseholds(group, waiting, context(scope, date)));
        audit.record(AuditAction.READ, ProjectionService.CHILD_PROFILE, ids(childIds), Purpose.MATCHING);
        audit.record(AuditAction.LIST, ProjectionService.HOUSEHOLD_PROFILE,
                ranking.ranked().stream().map(r -> r.householdId().toString()).toList(), Purpose.MATCHING);
        return ranking;
    }

    /** The as-at date used and every hard constraint failed; empty when the household would be offered. */
    public record WhyNot(LocalDate asAt, List<FailedConstraint> failed) {
    }

    /** Every hard constraint a household fails for these children; empty when they would be offered. */
    public WhyNot whyNot(UUID householdId, List<UUID> childIds, LocalDate asAt) {
        TenantScope scope = staff();
        HouseholdProjection household = households.findForAgency(householdId, scope.agency())
                .orElseThrow(() -> ProblemException.notFound(ProjectionService.HOUSEHOLD_PROFILE));
        List<ChildProfile> group = knownChildren(childIds, scope);
        LocalDate date = asAtOrToday(asAt);
        List<FailedConstraint> failed = DomainProblems.translate(
                () -> ranker.whyNot(group, household.toProfile(), context(scope, date)));
        audit.record(AuditAction.READ, ProjectionService.CHILD_PROFILE, ids(childIds), Purpose.MATCHING);
        audit.record(AuditAction.READ, ProjectionService.HOUSEHOLD_PROFILE, householdId.toString(), Purpose.MATCHING);
        return new WhyNot(date, failed);
    }

    /** Available children (sibling groups as one unit) ranked for a household. */
    public ChildRanking childrenFor(UUID householdId, LocalDate asAt) {
        TenantScope scope = staff();
        HouseholdProjection household = households.findForAgency(householdId, scope.agency())
                .orElseThrow(() -> ProblemException.notFound(ProjectionService.HOUSEHOLD_PROFILE));
        LocalDate date = asAtOrToday(asAt);
        // A child born after the as-at date cannot be ranked on it; it was not waiting then.
        List<ChildProfile> available = children.availableInScope(scope).stream()
                .filter(c -> !c.dateOfBirth().isAfter(date))
                .map(ChildProjection::toProfile).toList();
        ChildRanking ranking = DomainProblems.translate(
                () -> ranker.rankChildren(household.toProfile(), available, context(scope, date)));
        audit.record(AuditAction.READ, ProjectionService.HOUSEHOLD_PROFILE, householdId.toString(), Purpose.MATCHING);
        audit.record(AuditAction.LIST, ProjectionService.CHILD_PROFILE, ranking.ranked().stream()
                .flatMap((RankedChildren r) -> r.childIds().stream()).map(UUID::toString).toList(), Purpose.MATCHING);
        return ranking;
    }

    private SearchContext context(TenantScope scope, LocalDate asAt) {
        return new SearchContext(asAt, matchedChildren.childrenInActiveMatches(scope.agency()),
                matches.householdsInActiveMatches(scope.agency()));
    }

    private List<ChildProfile> availableChildren(List<UUID> childIds, TenantScope scope) {
        List<ChildProjection> found = find(childIds, scope);
        if (found.stream().anyMatch(c -> !c.available())) {
            throw ProblemException.rule("childIds", "available-for-matching",
                    "must name children who are available for matching");
        }
        return found.stream().map(ChildProjection::toProfile).toList();
    }

    private List<ChildProfile> knownChildren(List<UUID> childIds, TenantScope scope) {
        return find(childIds, scope).stream().map(ChildProjection::toProfile).toList();
    }

    /** The children in the order given; an id out of scope reads exactly like one that does not exist. */
    private List<ChildProjection> find(List<UUID> childIds, TenantScope scope) {
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(childIds));
        if (distinct.size() != childIds.size()) {
            throw ProblemException.validation("childIds", "unique", "must not repeat a child");
        }
        Map<UUID, ChildProjection> byId = children.findAllInScope(distinct, scope).stream()
                .collect(Collectors.toMap(ChildProjection::childId, Function.identity()));
        if (byId.size() != distinct.size()) {
            throw ProblemException.rule("childIds", "known-child",
                    "must name children matching holds a profile for, in your scope");
        }
        return distinct.stream().map(byId::get).toList();
    }

    private TenantScope staff() {
        TenantScope scope = scopes.current();
        if (!scope.isAgencyStaff()) {
            throw ProblemException.forbidden("Family finding is for agency staff.");
        }
        return scope;
    }

    private LocalDate asAtOrToday(LocalDate asAt) {
        LocalDate today = LocalDate.now(clock);
        if (asAt != null && asAt.isAfter(today)) {
            throw ProblemException.validation("asAt", "not-future", "must not be in the future");
        }
        return asAt != null ? asAt : today;
    }

    private static List<String> ids(List<UUID> ids) {
        return ids.stream().sorted(Comparator.naturalOrder()).map(UUID::toString).toList();
    }
}
