package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.raa.children.config.DelayConfig;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.DelayCohort;
import uk.raa.children.domain.DelayRules;
import uk.raa.children.domain.JourneyMilestone;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.JourneyAsAt;
import uk.raa.children.repository.ChildRepository;
import uk.raa.children.repository.JourneyMilestoneRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;

/** Delay lists as at a date over the children in scope, each child with its own reason. */
@ApplicationScoped
@Transactional
@TenantScoped
public class DelayService {

    private final ChildRepository children;
    private final JourneyMilestoneRepository facts;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final DelayConfig config;
    private final Clock clock;

    public DelayService(ChildRepository children, JourneyMilestoneRepository facts, ScopeContext scopes,
            AuditTrail audit, DelayConfig config, Clock clock) {
        this.children = children;
        this.facts = facts;
        this.scopes = scopes;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** One child on a list. */
    public record Delayed(Child child, DelayRules.Delay delay) {
    }

    public record DelayList(DelayCohort cohort, LocalDate asAt, int thresholdMonths, List<Delayed> children) {
    }

    public DelayRules.Thresholds thresholds() {
        return new DelayRules.Thresholds(config.placementOrderMonths(), config.longTermPlacementMonths(),
                config.longTermPlacementTypes(), config.noMatchMonths(), config.placedWithoutOrderMonths());
    }

    public DelayList list(String cohortSlug, LocalDate asAtOrNull) {
        DelayCohort cohort = DelayCohort.fromSlug(cohortSlug).orElseThrow(() -> ProblemException.notFound("delay list"));
        LocalDate today = LocalDate.now(clock);
        LocalDate asAt = asAtOrNull == null ? today : asAtOrNull;
        if (asAt.isAfter(today)) {
            throw ProblemException.validation("asAt", "not-future", "must not be in the future");
        }
        TenantScope scope = scopes.current();
        DelayRules.Thresholds thresholds = thresholds();
        List<Child> all = children.allInScope(scope, null);
        Map<UUID, List<JourneyMilestone>> byChild = facts.forChildren(all.stream().map(Child::id).toList(), scope)
                .stream().collect(Collectors.groupingBy(JourneyMilestone::childId));
        List<Delayed> out = new ArrayList<>();
        for (Child child : all) {
            List<JourneyMilestone> held = byChild.get(child.id());
            if (held == null) {
                continue;
            }
            ChildJourney journey = JourneyAsAt.truncate(JourneyWriter.journey(child, held), asAt);
            Optional<DelayRules.Delay> delay = DelayRules.check(cohort, journey, asAt, thresholds);
            delay.ifPresent(d -> out.add(new Delayed(child, d)));
        }
        out.sort(Comparator.comparing((Delayed d) -> d.delay().since()).thenComparing(d -> d.child().id()));
        audit.record(AuditAction.LIST, ChildService.RECORD_TYPE, out.stream().map(d -> d.child().id().toString())
                .toList(), Purpose.CASE_WORK);
        return new DelayList(cohort, asAt, DelayRules.threshold(cohort, thresholds), out);
    }
}
