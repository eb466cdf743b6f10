package uk.raa.finance.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.ParkEvent;
import uk.raa.finance.domain.fees.AgencyType;
import uk.raa.finance.domain.fees.SiblingPosition;

/** Reading matching-service's event into finance's command, without Quarkus. */
class PlacementFeesHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static EventEnvelope envelope(String authority, Map<String, Object> data) {
        return new EventEnvelope("1.0", UUID.randomUUID(), "/matching-service", PlacementFeesHandler.TYPE,
                Instant.parse("2019-09-02T10:00:00Z"), "m", "application/json", authority, "ace", 1,
                JSON.valueToTree(data));
    }

    @Test
    void withoutPerChildDetailTheEnvelopesAuthorityAndTheOrderGiveTheSiblingPositions() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        PlacementStarted p = PlacementFeesHandler.toPlacement(envelope("coventry", Map.of(
                "matchId", UUID.randomUUID().toString(), "childIds", java.util.List.of(first, second),
                "householdId", UUID.randomUUID().toString(), "date", "2019-09-02", "interAgencyClass", "PAYABLE",
                "otherAgencyType", "VOLUNTARY_ADOPTION_AGENCY")));
        assertFalse(p.householdApprovedByAgency());
        assertEquals(AgencyType.VOLUNTARY_AGENCY, p.otherAgencyType());
        assertEquals(LocalDate.of(2019, 9, 2), p.movedIn());
        assertEquals(first, p.children().get(0).childId());
        assertEquals(SiblingPosition.FIRST_CHILD, p.children().get(0).siblingPosition());
        assertEquals(SiblingPosition.SECOND_OR_LATER, p.children().get(1).siblingPosition());
        assertEquals("coventry", p.children().get(1).authority());
    }

    @Test
    void aReceivablePlacementUsesTheAgencysHousehold() {
        PlacementStarted p = PlacementFeesHandler.toPlacement(envelope("birmingham", Map.of(
                "matchId", UUID.randomUUID().toString(), "childIds", java.util.List.of(UUID.randomUUID()),
                "householdId", UUID.randomUUID().toString(), "date", "2019-09-02", "interAgencyClass", "RECEIVABLE",
                "otherAgencyType", "LOCAL_AUTHORITY")));
        assertTrue(p.householdApprovedByAgency());
        assertEquals(AgencyType.LOCAL_AUTHORITY, p.otherAgencyType());
    }

    @Test
    void anIncompleteOrUnknownEventIsParkedNotDropped() {
        assertThrows(ParkEvent.class, () -> PlacementFeesHandler.toPlacement(envelope("coventry", Map.of(
                "childIds", java.util.List.of(UUID.randomUUID()), "date", "2019-09-02",
                "interAgencyClass", "PAYABLE"))));
        assertThrows(ParkEvent.class, () -> PlacementFeesHandler.toPlacement(envelope(null, Map.of(
                "matchId", UUID.randomUUID().toString(), "childIds", java.util.List.of(UUID.randomUUID()),
                "date", "2019-09-02", "interAgencyClass", "PAYABLE", "otherAgencyType", "LOCAL_AUTHORITY"))));
        assertThrows(ParkEvent.class, () -> PlacementFeesHandler.agencyType("MARTIAN_AGENCY"));
    }
}
