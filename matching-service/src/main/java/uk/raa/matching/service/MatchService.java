package uk.raa.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import uk.raa.matching.config.MatchingConfig;
import uk.raa.matching.domain.entity.AdoptionMatch;
import uk.raa.matching.domain.entity.ChildProjection;
import uk.raa.matching.domain.entity.HouseholdProjection;
import uk.raa.matching.domain.entity.MatchedChild;
import uk.raa.matching.domain.interagency.AgencyMembership;
import uk.raa.matching.domain.interagency.InterAgencyAssessment;
import uk.raa.matching.domain.interagency.InterAgencyClassifier;
import uk.raa.matching.domain.lifecycle.LinkRequest;
import uk.raa.matching.domain.lifecycle.Match;
import uk.raa.matching.domain.lifecycle.MatchStage;
import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.messaging.MatchEventPublisher;
import uk.raa.matching.messaging.MatchEvents;
import uk.raa.matching.repository.ChildProjectionRepository;
import uk.raa.matching.repository.HouseholdProjectionRepository;
import uk.raa.matching.repository.MatchRepository;
import uk.raa.matching.repository.MatchedChildRepository;
import uk.raa.matching.repository.MembershipRepository;

/**
 * Matches from link to outcome. People make every step; the domain's {@link Match} keeps the rules (stages, dates,
 * siblings together, one active match per child) and the database's unique index backs the last one under
 * concurrency. Every read and change is audited.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class MatchService {

    public static final String RECORD_TYPE = "match";

    private final MatchRepository matches;
    private final MatchedChildRepository matchedChildren;
    private final ChildProjectionRepository children;
    private final HouseholdProjectionRepository households;
    private final MembershipRepository membership;
    private final MatchEventPublisher events;
    private final MatchingConfig config;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final IdempotentCreates idempotency;
    private final Clock clock;

    public MatchService(MatchRepository matches, MatchedChildRepository matchedChildren,
            ChildProjectionRepository children, HouseholdProjectionRepository households,
            MembershipRepository membership, MatchEventPublisher events, MatchingConfig config, ScopeContext scopes,
            AuditTrail audit, IdempotentCreates idempotency, Clock clock) {
        this.matches = matches;
        this.matchedChildren = matchedChildren;
        this.children = children;
        this.households = households;
        this.membership = membership;
        this.events = events;
        this.config = config;
        this.scopes = scopes;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** The result of a create: the match and whether this was an idempotent replay. */
    public record Linked(MatchView view, boolean replayed) {
    }

    /** Opens a link. Returns the new match (or, for a replayed Idempotency-Key, the one it created). */
    public Linked link(MatchLink link, String idempotencyKey, Object request) {
        TenantScope scope = staff();
        IdempotentCreates.Outcome outcome = idempotency.create(idempotencyKey, "link-match", request,
                () -> createLink(link, scope).toString());
        MatchView view = view(find(UUID.fromString(outcome.id()), scope), scope);
        audit.record(outcome.replayed() ? AuditAction.READ : AuditAction.CREATE, RECORD_TYPE,
                view.match().id().toString(), Purpose.MATCHING);
        return new Linked(view, outcome.replayed());
    }

    /** Moves a match to its next stage on a date (with a reason for disruption or withdrawal). Needs If-Match. */
    public MatchView transition(UUID id, MatchStage stage, LocalDate date, String reason, String ifMatch) {
        TenantScope scope = staff();
        AdoptionMatch stored = find(id, scope);
        ETags.requireMatch(ifMatch, stored.version());
        List<MatchedChild> rows = matchedChildren.forMatches(List.of(id), scope);
        Match current = stored.toDomain(rows.stream().map(MatchedChild::childId).toList());
        Match next = DomainProblems.translate(() -> current.advance(stage, date, blankToNull(reason), today()));
        InterAgencyAssessment assessment = null;
        HouseholdProjection household = households.findForAgency(stored.householdId(), scope.agency())
                .orElseThrow(() -> ProblemException.rule("householdId", "known-household",
                        "the match's household profile is missing; reconcile it first"));
        if (next.stage() == MatchStage.PLACED) {
            assessment = classify(next, rows, household, scope);
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).charge(assessment.children().get(i));
            }
        }
        if (!next.active()) {
            rows.forEach(MatchedChild::end);
        }
        stored.record(next, clock.instant());
        matches.flush();
        MatchEvents.forStep(next, rows.stream().map(MatchedChild::childAuthority).toList(), stored.agency(),
                assessment, household.recruitingAgencyType()).ifPresent(events::publish);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), Purpose.MATCHING);
        return new MatchView(stored, rows, household, true);
    }

    public MatchView get(UUID id) {
        TenantScope scope = scopes.current();
        MatchView view = view(find(id, scope), scope);
        audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), Purpose.MATCHING);
        if (view.household() != null) {
            audit.record(AuditAction.READ, ProjectionService.HOUSEHOLD_PROFILE,
                    view.household().householdId().toString(), Purpose.MATCHING);
        }
        return view;
    }

    public Page<MatchView> list(MatchStage stage, PageRequest page) {
        TenantScope scope = scopes.current();
        List<AdoptionMatch> found = matches.pageInScope(scope, stage, page.page, page.size);
        long total = matches.countInScope(scope, stage);
        Map<UUID, List<MatchedChild>> rows = matchedChildren
                .forMatches(found.stream().map(AdoptionMatch::id).toList(), scope).stream()
                .collect(Collectors.groupingBy(MatchedChild::matchId));
        List<MatchView> views = new ArrayList<>();
        for (AdoptionMatch match : found) {
            views.add(new MatchView(match, rows.getOrDefault(match.id(), List.of()),
                    households.findForMatch(match.householdId(), scope).orElse(null), scope.isAgencyStaff()));
        }
        audit.record(AuditAction.LIST, RECORD_TYPE, found.stream().map(m -> m.id().toString()).toList(),
                Purpose.MATCHING);
        Set<String> householdIds = views.stream().filter(v -> v.household() != null)
                .map(v -> v.household().householdId().toString()).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!householdIds.isEmpty()) {
            audit.record(AuditAction.LIST, ProjectionService.HOUSEHOLD_PROFILE, householdIds, Purpose.MATCHING);
        }
        return new Page<>(views, page.page, page.size, total);
    }

    private UUID createLink(MatchLink link, TenantScope scope) {
        List<UUID> childIds = link.childIds();
        if (new LinkedHashSet<>(childIds).size() != childIds.size()) {
            throw ProblemException.validation("childIds", "unique", "must not repeat a child");
        }
        Map<UUID, ChildProjection> found = children.findAllInScope(childIds, scope).stream()
                .collect(Collectors.toMap(ChildProjection::childId, Function.identity()));
        if (found.size() != childIds.size()) {
            throw ProblemException.rule("childIds", "known-child",
                    "must name children matching holds a profile for, in your scope");
        }
        List<ChildProjection> ordered = childIds.stream().map(found::get).toList();
        if (ordered.stream().anyMatch(c -> !c.available())) {
            throw ProblemException.rule("childIds", "available-for-matching",
                    "must name children who are available for matching");
        }
        HouseholdProjection household = households.findForAgency(link.householdId(), scope.agency())
                .orElseThrow(() -> ProblemException.rule("householdId", "known-household",
                        "must name a household of your agency that matching holds a profile for"));
        if (!household.status().availableForMatching()) {
            throw ProblemException.rule("householdId", "household-available",
                    "must name a household that is approved and waiting (it is " + household.status() + ")");
        }
        Set<UUID> groups = new HashSet<>();
        ordered.forEach(c -> {
            if (c.siblingGroupId() != null) {
                groups.add(c.siblingGroupId());
            }
        });
        List<ChildProfile> siblings = children.inSiblingGroups(groups, scope).stream()
                .map(ChildProjection::toProfile).toList();
        LocalDate today = today();
        LocalDate linkDate = link.linkDate() != null ? link.linkDate() : today;
        Match created = DomainProblems.translate(() -> Match.link(new LinkRequest(UUID.randomUUID(),
                household.householdId(), ordered.stream().map(ChildProjection::toProfile).toList(), siblings,
                blankToNull(link.separationReason()), linkDate), activeMatchesOf(childIds, scope), today));
        List<String> authorities = ordered.stream().map(ChildProjection::authority).toList();
        matches.persist(new AdoptionMatch(created, scope.agency(), authorities, clock.instant()));
        for (int i = 0; i < ordered.size(); i++) {
            matchedChildren.persist(new MatchedChild(created.matchId(), i + 1, ordered.get(i).childId(),
                    ordered.get(i).authority()));
        }
        try {
            matches.flush();
        } catch (PersistenceException e) {
            // The unique index on active children: another link took one of them since we looked.
            throw ProblemException.conflict("A child in childIds was linked to another match at the same time.");
        }
        return created.matchId();
    }

    /** Active matches holding any of these children, as domain matches for {@link Match#link}'s check. */
    private Collection<Match> activeMatchesOf(List<UUID> childIds, TenantScope scope) {
        Set<UUID> matchIds = matchedChildren.activeFor(childIds).stream().map(MatchedChild::matchId)
                .collect(Collectors.toSet());
        List<Match> active = new ArrayList<>();
        Map<UUID, List<MatchedChild>> rows = matchedChildren.forMatches(matchIds, scope).stream()
                .collect(Collectors.groupingBy(MatchedChild::matchId));
        for (UUID matchId : matchIds) {
            matches.findInScope(matchId, scope).ifPresent(m -> active.add(
                    m.toDomain(rows.get(matchId).stream().map(MatchedChild::childId).toList())));
        }
        return active;
    }

    /** Inter-agency classes with membership on the placement date. */
    private InterAgencyAssessment classify(Match placed, List<MatchedChild> rows, HouseholdProjection household,
            TenantScope scope) {
        List<UUID> ids = rows.stream().map(MatchedChild::childId).toList();
        List<ChildProfile> profiles = children.findAllInScope(ids, scope).stream().map(ChildProjection::toProfile)
                .toList();
        if (profiles.size() != ids.size()) {
            throw ProblemException.rule("childIds", "known-child",
                    "a child's profile is missing from matching; reconcile it before recording the placement");
        }
        AgencyMembership agency = new AgencyMembership(scope.agency(), config.agencyType(),
                membership.periods(scope.agency()));
        return DomainProblems.translate(
                () -> InterAgencyClassifier.classify(placed, profiles, household.toProfile(), agency));
    }

    private MatchView view(AdoptionMatch match, TenantScope scope) {
        return new MatchView(match, matchedChildren.forMatches(List.of(match.id()), scope),
                households.findForMatch(match.householdId(), scope).orElse(null), scope.isAgencyStaff());
    }

    private AdoptionMatch find(UUID id, TenantScope scope) {
        return matches.findInScope(id, scope).orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
    }

    private TenantScope staff() {
        TenantScope scope = scopes.current();
        if (!scope.isAgencyStaff()) {
            throw ProblemException.forbidden("Matches are recorded by agency staff.");
        }
        return scope;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
