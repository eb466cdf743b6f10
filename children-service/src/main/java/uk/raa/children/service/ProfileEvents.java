package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.CourtAuthority;
import uk.raa.children.domain.journey.JourneyAsAt;
import uk.raa.children.domain.journey.JourneyStatus;
import uk.raa.children.messaging.ChildEvents;
import uk.raa.children.repository.JourneyMilestoneRepository;
import uk.raa.children.repository.SiblingGroupRepository;
import uk.raa.common.tenancy.TenantScope;

/**
 * Publishes {@code child.profile-changed.v1} with what matching needs, including whether the child is available
 * for matching today (a plan for adoption and no match that stands) and its sibling group's plan.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProfileEvents {

    private final JourneyMilestoneRepository facts;
    private final SiblingGroupRepository groups;
    private final ChildEvents events;
    private final Clock clock;

    public ProfileEvents(JourneyMilestoneRepository facts, SiblingGroupRepository groups, ChildEvents events,
            Clock clock) {
        this.facts = facts;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    public void publish(Child child, TenantScope scope) {
        String plan = child.siblingGroupId() == null ? null
                : groups.findInScope(child.siblingGroupId(), scope).map(g -> g.plan().name()).orElse(null);
        events.profileChanged(child, plan, availableSince(child, scope));
    }

    /** The date the child became available for matching, or null when it is not available today. */
    public LocalDate availableSince(Child child, TenantScope scope) {
        ChildJourney journey = JourneyWriter.journey(child, facts.forChild(child.id(), scope));
        if (JourneyAsAt.status(JourneyAsAt.truncate(journey, LocalDate.now(clock))) != JourneyStatus.WAITING) {
            return null;
        }
        return journey.shouldBePlacedDecision() != null ? journey.shouldBePlacedDecision().date()
                : journey.firstPlacementOrder().map(CourtAuthority::date).orElse(null);
    }
}
