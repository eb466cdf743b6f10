package uk.raa.matching.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.testing.EventContracts;
import uk.raa.matching.domain.interagency.ChildPlacementCharge;
import uk.raa.matching.domain.interagency.InterAgencyAssessment;
import uk.raa.matching.domain.interagency.InterAgencyClass;
import uk.raa.matching.domain.interagency.SiblingPosition;
import uk.raa.matching.domain.lifecycle.Match;
import uk.raa.matching.domain.lifecycle.MatchStage;
import uk.raa.matching.domain.lifecycle.StageEntry;
import uk.raa.matching.domain.profile.AgencyType;

/** Each step's catalogue event, checked against the event schemas in common. */
class MatchEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final UUID MATCH = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID HOUSEHOLD = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private static Match at(MatchStage... stages) {
        List<StageEntry> history = new java.util.ArrayList<>();
        history.add(new StageEntry(MatchStage.LINK, LocalDate.of(2025, 1, 6), null));
        LocalDate date = LocalDate.of(2025, 1, 20);
        for (MatchStage stage : stages) {
            history.add(new StageEntry(stage, date, stage.needsReason() ? "the family withdrew" : null));
            date = date.plusWeeks(2);
        }
        return new Match(MATCH, HOUSEHOLD, List.of(FIRST, SECOND), List.of(), null, history);
    }

    @Test
    void theAdmDecisionPublishesTheMatchDate() throws Exception {
        var event = MatchEvents.forStep(at(MatchStage.PANEL_RECOMMENDED, MatchStage.MATCH_DECIDED),
                List.of("coventry", "coventry"), "ace", null, AgencyType.REGIONAL_ADOPTION_AGENCY).orElseThrow();
        assertEquals(MatchEvents.DECISION_RECORDED, event.type());
        assertEquals("coventry", event.authority());
        JsonNode data = JSON.valueToTree(event.data());
        assertEquals("2025-02-03", data.get("decisionDate").asText());
        assertEquals(List.of(), EventContracts.dataViolations(event.type(), data));
    }

    @Test
    void aPlacementCarriesEachChildsClassAndSiblingPositionAndTheMatchsClass() throws Exception {
        Match placed = at(MatchStage.PANEL_RECOMMENDED, MatchStage.MATCH_DECIDED, MatchStage.INTRODUCTIONS,
                MatchStage.PLACED);
        InterAgencyAssessment assessment = new InterAgencyAssessment(MATCH, LocalDate.of(2025, 3, 3), List.of(
                new ChildPlacementCharge(FIRST, InterAgencyClass.PAYABLE, AgencyType.VOLUNTARY_ADOPTION_AGENCY,
                        SiblingPosition.FIRST),
                new ChildPlacementCharge(SECOND, InterAgencyClass.PAYABLE, AgencyType.VOLUNTARY_ADOPTION_AGENCY,
                        SiblingPosition.SECOND_OR_LATER)));
        var event = MatchEvents.forStep(placed, List.of("coventry", "solihull"), "ace", assessment,
                AgencyType.VOLUNTARY_ADOPTION_AGENCY).orElseThrow();
        assertEquals(MatchEvents.PLACEMENT_STARTED, event.type());
        // Children of two authorities: no single authority on the envelope.
        assertEquals(null, event.authority());
        JsonNode data = JSON.valueToTree(event.data());
        assertEquals("PAYABLE", data.get("interAgencyClass").asText());
        assertEquals("VOLUNTARY_ADOPTION_AGENCY", data.get("otherAgencyType").asText());
        assertEquals("2025-03-03", data.get("date").asText());
        assertEquals("SECOND_OR_LATER", data.get("children").get(1).get("siblingPosition").asText());
        assertEquals("solihull", data.get("children").get(1).get("authority").asText());
        assertEquals(List.of(), EventContracts.dataViolations(event.type(), data));
    }

    @Test
    void withdrawalAndDisruptionCarryDateAndReasonAndOtherStepsPublishNothing() {
        var withdrawn = MatchEvents.forStep(at(MatchStage.WITHDRAWN), List.of("coventry", "coventry"), "ace", null,
                AgencyType.REGIONAL_ADOPTION_AGENCY).orElseThrow();
        JsonNode data = JSON.valueToTree(withdrawn.data());
        assertEquals(MatchEvents.WITHDRAWN, withdrawn.type());
        assertEquals("the family withdrew", data.get("reason").asText());
        assertEquals(List.of(), EventContracts.dataViolations(withdrawn.type(), data));
        assertTrue(MatchEvents.forStep(at(MatchStage.PANEL_RECOMMENDED), List.of("coventry", "coventry"), "ace",
                null, AgencyType.REGIONAL_ADOPTION_AGENCY).isEmpty());
    }
}
