package uk.raa.children.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.JourneyMilestone;
import uk.raa.children.domain.NeedsProfile;
import uk.raa.children.domain.journey.MilestoneType;
import uk.raa.children.domain.journey.MilestoneValues;
import uk.raa.common.events.Outbox;
import uk.raa.common.tenancy.MembershipDirectory;

/**
 * The events children-service publishes (ARCHITECTURE.md "Events"; schemas in common's events/schemas), written to
 * the outbox in the caller's transaction. Payloads carry what matching and finance need: never the given or
 * preferred name, never the authority's reference.
 */
@ApplicationScoped
public class ChildEvents {

    public static final String PROFILE_CHANGED = "child.profile-changed.v1";
    public static final String MILESTONE_RECORDED = "child.milestone-recorded.v1";
    private static final String AGGREGATE = "child";

    /** {@code child.profile-changed.v1}. */
    public record ProfileChanged(UUID childId, String authority, LocalDate dateOfBirth, String sex, String ethnicity,
                                 boolean disability, Map<String, String> needs, UUID siblingGroupId,
                                 String siblingPlan, List<String> excludedAreas, boolean available,
                                 LocalDate availableSince) {
    }

    /** {@code child.milestone-recorded.v1}: also sent for a correction (same milestoneId, new values). */
    public record MilestoneRecorded(UUID childId, String authority, String milestoneType, LocalDate date,
                                    String source, String adoptionOrderType, UUID milestoneId, LocalDate end,
                                    String familyReference) {
    }

    private final Outbox outbox;
    private final MembershipDirectory membership;

    public ChildEvents(Outbox outbox, MembershipDirectory membership) {
        this.outbox = outbox;
        this.membership = membership;
    }

    /**
     * @param siblingPlan    TOGETHER or APART when the child is in a sibling group, else null
     * @param availableSince the date the child became available for matching (plan for adoption, no match that
     *                       stands), or null when not available
     */
    public void profileChanged(Child child, String siblingPlan, LocalDate availableSince) {
        NeedsProfile n = child.needs();
        Map<String, String> needs = new LinkedHashMap<>();
        needs.put("HEALTH", n.health().name());
        needs.put("DEVELOPMENT", n.development().name());
        needs.put("BEHAVIOUR", n.behaviour().name());
        needs.put("EDUCATION", n.education().name());
        ProfileChanged data = new ProfileChanged(child.id(), child.authority(), child.dateOfBirth(),
                child.sex().name(), child.ethnicity(), child.disability(), needs, child.siblingGroupId(), siblingPlan,
                child.excludedAreas(), availableSince != null, availableSince);
        outbox.publish(PROFILE_CHANGED, AGGREGATE, child.id().toString(), child.authority(), agencyOf(child), data);
    }

    public void milestoneRecorded(Child child, JourneyMilestone fact) {
        MilestoneValues v = fact.values();
        MilestoneRecorded data = new MilestoneRecorded(child.id(), child.authority(), v.type().name(), v.date(),
                v.source().name(), v.type() == MilestoneType.ADOPTION_ORDER ? v.code() : null, fact.id(), v.end(),
                v.familyReference());
        outbox.publish(MILESTONE_RECORDED, AGGREGATE, child.id().toString(), child.authority(), agencyOf(child), data);
    }

    private String agencyOf(Child child) {
        return membership.agencyOf(child.authority()).orElse(null);
    }
}
