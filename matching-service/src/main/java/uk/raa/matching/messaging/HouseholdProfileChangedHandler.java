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
import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.profile.HouseholdStatus;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.service.HouseholdProfileChange;
import uk.raa.matching.service.ProjectionService;

/**
 * Keeps the household projection from adopters-service's household.profile-changed.v1, in the scope of the
 * household's agency (the envelope's agency). A profile matching cannot hold is parked with the rule.
 */
@ApplicationScoped
public class HouseholdProfileChangedHandler implements EventHandler {

    public static final String TYPE = "household.profile-changed.v1";

    /** The event's data (docs/events.md); unknown members are ignored. */
    public record HouseholdProfileChanged(UUID householdId, String reference, int numberOfAdopters,
            String areaOfResidence, String recruitingAgency, AgencyType recruitingAgencyType, int childrenCapacity,
            int minAgeYears, int maxAgeYears, boolean siblingGroupsAccepted, Map<NeedArea, NeedLevel> needAcceptance,
            Set<String> excludedAreas, boolean earlyPermanenceWilling, LocalDate approvalDate,
            HouseholdStatus status) {
    }

    private final ProjectionService projections;

    public HouseholdProfileChangedHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public String name() {
        return "household-profiles";
    }

    @Override
    public void handle(EventEnvelope event) {
        HouseholdProfileChanged data = event.dataAs(HouseholdProfileChanged.class);
        if (data.householdId() == null || !data.householdId().toString().equals(event.subject())) {
            throw new ParkEvent("data.householdId must be the event's subject");
        }
        if (event.agency() == null || event.authority() != null) {
            throw new ParkEvent("a household event carries its agency and no authority");
        }
        try {
            projections.applyHouseholdProfile(toChange(data, event.sequence()));
        } catch (ProblemException | DomainRuleViolation broken) {
            String reason = broken instanceof ProblemException p ? p.toProblem().detail() : broken.getMessage();
            throw new ParkEvent("household profile breaks matching's rules: " + reason);
        }
    }

    static HouseholdProfileChange toChange(HouseholdProfileChanged d, long sequence) {
        return new HouseholdProfileChange(new HouseholdProfile(d.householdId(), d.reference(), d.areaOfResidence(),
                d.recruitingAgency(), d.recruitingAgencyType(), d.childrenCapacity(), d.minAgeYears(),
                d.maxAgeYears(), d.siblingGroupsAccepted(), d.needAcceptance(), d.excludedAreas(),
                d.earlyPermanenceWilling(), d.approvalDate(), d.status()), d.numberOfAdopters(), sequence);
    }
}
