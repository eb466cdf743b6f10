package uk.raa.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.membership.MembershipChangedHandler;
import uk.raa.common.events.membership.MembershipChangedHandler.MembershipChanged;
import uk.raa.common.testing.EventContracts;

/** The schemas, the envelope format and the contract validator agree with each other. */
class EventContractsTest {

    private static EventEnvelope envelope(String type, Object data) {
        return new EventEnvelope("1.0", UUID.fromString("0b6e4c1e-7d2a-4b8e-9f10-2a3b4c5d6e7f"), "/finance-service",
                type, Instant.parse("2019-07-01T09:00:00Z"), "ace:herefordshire", "application/json", "herefordshire",
                "ace", 1, EventJson.toTree(data));
    }

    @Test
    void aMembershipChangeAsTheConsumerReadsItConforms() {
        String json = EventJson.write(envelope(MembershipChangedHandler.TYPE,
                new MembershipChanged("ace", "herefordshire", LocalDate.of(2019, 7, 1), null)));
        assertEquals(List.of(), EventContracts.violations(json));
    }

    @Test
    void theEnvelopeRoundTripsThroughJson() {
        EventEnvelope original = envelope(MembershipChangedHandler.TYPE,
                new MembershipChanged("ace", "herefordshire", LocalDate.of(2019, 7, 1), LocalDate.of(2025, 3, 31)));
        EventEnvelope read = EventJson.parse(EventJson.write(original));
        assertEquals(original, read);
        assertEquals("partnership", read.aggregateType());
        assertEquals(LocalDate.of(2025, 3, 31), read.dataAs(MembershipChanged.class).to());
    }

    @Test
    void missingRequiredMembersWrongTypesFormatsAndEnumsAreReported() {
        ObjectNode data = (ObjectNode) EventJson.toTree(Map.of("agency", "ace", "from", "2019-02-30"));
        List<String> found = EventContracts.dataViolations(MembershipChangedHandler.TYPE, data);
        assertTrue(found.contains("$: required member authority is missing"), found.toString());
        assertTrue(found.contains("$.from: not a valid date"), found.toString());

        ObjectNode env = (ObjectNode) EventJson.MAPPER.valueToTree(envelope(MembershipChangedHandler.TYPE,
                new MembershipChanged("ace", "herefordshire", LocalDate.of(2019, 7, 1), null)));
        env.put("specversion", "0.3");
        env.put("sequence", "1");
        List<String> envFound = EventContracts.violations(env.toString());
        assertEquals(List.of("$.specversion: not one of [\"1.0\"]",
                "$.sequence: expected type \"integer\" but was STRING"), envFound);
    }

    @Test
    void unknownMembersAreAllowedBecauseVersionsGrowAdditively() {
        ObjectNode data = (ObjectNode) EventJson.toTree(new MembershipChanged("ace", "herefordshire",
                LocalDate.of(2019, 7, 1), null));
        data.put("hostAuthority", "warwickshire");
        assertEquals(List.of(), EventContracts.dataViolations(MembershipChangedHandler.TYPE, data));
        // and the consumer's record ignores the new member too
        assertEquals("herefordshire", EventJson.convert(data, MembershipChanged.class).authority());
    }

    @Test
    void everyCatalogueTypeHasASchemaThatUsesOnlyTheSupportedKeywords() throws IOException {
        List<String> types = List.of("partnership.membership-changed.v1", "child.profile-changed.v1",
                "child.milestone-recorded.v1", "household.profile-changed.v1", "match.decision-recorded.v1",
                "match.placement-started.v1", "match.disrupted.v1", "match.withdrawn.v1", "events.resend-requested.v1",
                "events.watermarks-published.v1");
        for (String type : types) {
            assertEquals(type + ".json", Path.of(EventContracts.schema(type).get("$id").asText()).getFileName()
                    .toString());
        }
        Path dir = Path.of("src/main/resources/events/schemas");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> keywords = List.of("$schema", "$id", "title", "description", "type", "required", "properties",
                    "items", "enum", "pattern", "minimum", "minLength", "minItems", "format");
            files.forEach(f -> {
                try (InputStream in = Files.newInputStream(f)) {
                    assertKeywords(EventJson.MAPPER.readTree(in), keywords, f.getFileName().toString());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void parsingRejectsWhatIsNotAnEventWithAReasonThatQuotesNoData() {
        MalformedEvent notJson = assertThrows(MalformedEvent.class, () -> EventJson.parse("{\"name\": \"Jo"));
        assertEquals("body is not valid JSON", notJson.getMessage());
        String noSequence = EventJson.write(envelope(MembershipChangedHandler.TYPE,
                new MembershipChanged("ace", "herefordshire", LocalDate.of(2019, 7, 1), null)))
                .replace("\"sequence\":1,", "");
        assertEquals("sequence is required and must be a whole number of 1 or more",
                assertThrows(MalformedEvent.class, () -> EventJson.parse(noSequence)).getMessage());
        String badType = EventJson.write(envelope(MembershipChangedHandler.TYPE,
                new MembershipChanged("ace", "herefordshire", LocalDate.of(2019, 7, 1), null)))
                .replace("partnership.membership-changed.v1", "MembershipChanged");
        assertEquals("type must look like <aggregate>.<event>.v<n>",
                assertThrows(MalformedEvent.class, () -> EventJson.parse(badType)).getMessage());
    }

    @Test
    void dataThatDoesNotFitTheConsumersTypeIsParkedNamingTheFieldNotTheValue() {
        ObjectNode data = (ObjectNode) EventJson.toTree(Map.of("agency", "ace", "authority", "x",
                "from", "Jo Bloggs 2019"));
        ParkEvent parked = assertThrows(ParkEvent.class, () -> EventJson.convert(data, MembershipChanged.class));
        assertEquals("data does not fit MembershipChanged at 'from'", parked.getMessage());
    }

    private static void assertKeywords(com.fasterxml.jackson.databind.JsonNode schema, List<String> keywords,
            String file) {
        schema.fieldNames().forEachRemaining(k -> assertTrue(keywords.contains(k), file + " uses " + k));
        schema.path("properties").forEach(p -> assertKeywords(p, keywords, file));
        if (schema.has("items")) {
            assertKeywords(schema.get("items"), keywords, file);
        }
    }
}
