package uk.raa.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.EventHandler;
import uk.raa.common.events.ParkEvent;
import uk.raa.common.problem.ProblemException;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.profile.Sex;
import uk.raa.matching.service.ChildProfileChange;
import uk.raa.matching.service.ProjectionService;

/**
 * Keeps the child projection from children-service's child.profile-changed.v1. The inbox runs it once per event, in
 * the child's authority's scope and in aggregate order; a profile matching cannot hold is parked with the rule.
 */
@ApplicationScoped
public class ChildProfileChangedHandler implements EventHandler {

    public static final String TYPE = "child.profile-changed.v1";

    /** The event's data (docs/events.md); unknown members are ignored. */
    public record ChildProfileChanged(UUID childId, String authority, LocalDate dateOfBirth, Sex sex,
            String ethnicity, boolean disability, Map<NeedArea, NeedLevel> needs, UUID siblingGroupId,
            Set<String> excludedAreas, boolean available, LocalDate availableSince, boolean earlyPermanenceWanted) {
    }

    private final ProjectionService projections;

    public ChildProfileChangedHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public String name() {
        return "child-profiles";
    }

    @Override
    public void handle(EventEnvelope event) {
        ChildProfileChanged data = event.dataAs(ChildProfileChanged.class);
        if (data.childId() == null || !data.childId().toString().equals(event.subject())) {
            throw new ParkEvent("data.childId must be the event's subject");
        }
        if (event.authority() == null || !event.authority().equals(data.authority())) {
            throw new ParkEvent("the envelope's authority must be data.authority");
        }
        try {
            projections.applyChildProfile(toChange(data, event.sequence()));
        } catch (ProblemException broken) {
            throw new ParkEvent("child profile breaks matching's rules: " + broken.toProblem().detail());
        }
    }

    static ChildProfileChange toChange(ChildProfileChanged d, long sequence) {
        return new ChildProfileChange(d.childId(), d.authority(), d.dateOfBirth(), d.sex(), d.ethnicity(),
                d.disability(), d.needs(), d.siblingGroupId(), d.excludedAreas() == null ? Set.of() : d.excludedAreas(),
                d.available(), d.availableSince(), d.earlyPermanenceWanted(), sequence);
    }
}
