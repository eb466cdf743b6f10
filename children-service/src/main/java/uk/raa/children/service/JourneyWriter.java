package uk.raa.children.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.JourneyChange;
import uk.raa.children.domain.JourneyMilestone;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.DomainRuleViolation;
import uk.raa.children.domain.journey.JourneyCheck;
import uk.raa.children.domain.journey.JourneyFact;
import uk.raa.children.domain.journey.JourneyRules;
import uk.raa.children.domain.journey.MilestoneValues;
import uk.raa.children.messaging.ChildEvents;
import uk.raa.children.repository.JourneyChangeRepository;
import uk.raa.children.repository.JourneyMilestoneRepository;
import uk.raa.common.tenancy.TenantScope;

/**
 * The one way journey facts are written: every new or changed fact gets a history entry with who, when, why and
 * the old and new values. Runs inside its callers' transactions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JourneyWriter {

    private final JourneyMilestoneRepository facts;
    private final JourneyChangeRepository changes;
    private final ObjectMapper json;
    private final Clock clock;
    private final ChildEvents events;

    public JourneyWriter(JourneyMilestoneRepository facts, JourneyChangeRepository changes, ObjectMapper json,
            Clock clock, ChildEvents events) {
        this.events = events;
        this.facts = facts;
        this.changes = changes;
        this.json = json;
        this.clock = clock;
    }

    public List<JourneyMilestone> held(Child child, TenantScope scope) {
        return facts.forChild(child.id(), scope);
    }

    public static ChildJourney journey(Child child, List<JourneyMilestone> held) {
        List<JourneyFact> list = new ArrayList<>();
        held.forEach(f -> list.add(f.fact()));
        return MilestoneValues.journey(list, child.adoptedByFosterCarers());
    }

    public JourneyCheck check(Child child, ChildJourney journey) {
        return JourneyRules.check(journey, child.dateOfBirth(), LocalDate.now(clock));
    }

    /** The fact the values describe; a value the fact cannot take is a 400 naming the field. */
    public static JourneyFact toFact(MilestoneValues values) {
        try {
            return values.toFact();
        } catch (DomainRuleViolation e) {
            throw JourneyRejections.invalidValue(e);
        }
    }

    public JourneyMilestone add(Child child, MilestoneValues values, TenantScope scope, JourneyChange.Kind kind,
            String reason, boolean agencyRecorded) {
        JourneyMilestone fact = new JourneyMilestone(UUID.randomUUID(), child.authority(), child.id(), values,
                scope.actor(), clock.instant());
        facts.persist(fact);
        changes.persist(new JourneyChange(fact, kind, scope.actor(), clock.instant(), reason, null, write(values),
                agencyRecorded));
        events.milestoneRecorded(child, fact);
        return fact;
    }

    public void change(Child child, JourneyMilestone fact, MilestoneValues values, TenantScope scope, JourneyChange.Kind kind,
            String reason, boolean agencyRecorded) {
        MilestoneValues old = fact.values();
        fact.apply(values, clock.instant());
        facts.flush();
        changes.persist(new JourneyChange(fact, kind, scope.actor(), clock.instant(), reason, write(old),
                write(values), agencyRecorded));
        events.milestoneRecorded(child, fact);
    }

    private String write(MilestoneValues values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journey values cannot be written as JSON", e);
        }
    }
}
