package uk.raa.matching.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.common.events.EventConsumer;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.Inbox;
import uk.raa.common.testing.EventContracts;

/**
 * The projections' consumers through common's inbox (once per event, in aggregate order, in the event's scope),
 * with payloads that conform to the catalogue's schemas.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProfileConsumerTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Inbox inbox;

    @Inject
    EventConsumer consumer;

    @Inject
    ChildProfileChangedHandler children;

    @Inject
    HouseholdProfileChangedHandler households;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChildProfileEventIsAppliedOnceInOrderAndAnOlderOneIsIgnored() throws Exception {
        UUID childId = UUID.randomUUID();
        EventEnvelope first = childEvent(childId, 1, true);
        EventEnvelope second = childEvent(childId, 2, false);
        String name = consumer.consumerName(children);
        assertEquals(Inbox.Outcome.APPLIED, inbox.apply(first, name, children::handle));
        assertEquals(Inbox.Outcome.DUPLICATE, inbox.apply(first, name, children::handle));
        assertEquals(Inbox.Outcome.APPLIED, inbox.apply(second, name, children::handle));
        assertEquals(Inbox.Outcome.IGNORED, inbox.apply(childEvent(childId, 1, true), name, children::handle));
        assertEquals("false", childColumn(childId, "available"));
        assertEquals("2", childColumn(childId, "source_sequence"));
    }

    @Test
    void aHouseholdProfileMatchingCannotHoldIsParkedNotApplied() throws Exception {
        UUID householdId = UUID.randomUUID();
        String name = consumer.consumerName(households);
        assertEquals(Inbox.Outcome.PARKED, inbox.apply(householdEvent(householdId, 1, 6, 2), name, households::handle));
        assertEquals(Inbox.Outcome.APPLIED, inbox.apply(householdEvent(householdId, 2, 0, 6), name, households::handle));
    }

    private static EventEnvelope childEvent(UUID childId, long sequence, boolean available) throws Exception {
        JsonNode data = JSON.readTree("""
                {"childId":"%s","authority":"coventry","dateOfBirth":"2022-01-15","sex":"MALE","ethnicity":"WBRI",
                 "disability":false,"needs":{"HEALTH":"LOW","DEVELOPMENT":"NONE","BEHAVIOUR":"NONE","EDUCATION":"NONE"},
                 "siblingGroupId":null,"excludedAreas":["solihull"],"available":%s,"availableSince":"2024-07-05",
                 "earlyPermanenceWanted":false,"preferredName":"ignored by matching"}
                """.formatted(childId, available));
        assertEquals(java.util.List.of(), EventContracts.dataViolations(ChildProfileChangedHandler.TYPE, data));
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/children-service",
                ChildProfileChangedHandler.TYPE, Instant.now(), childId.toString(), EventEnvelope.DATA_CONTENT_TYPE,
                "coventry", "ace", sequence, data);
    }

    private static EventEnvelope householdEvent(UUID householdId, long sequence, int minAge, int maxAge)
            throws Exception {
        JsonNode data = JSON.readTree("""
                {"householdId":"%s","reference":"HH-EV-%d","numberOfAdopters":1,"areaOfResidence":"solihull",
                 "recruitingAgency":"ace","recruitingAgencyType":"REGIONAL_ADOPTION_AGENCY","childrenCapacity":1,
                 "minAgeYears":%d,"maxAgeYears":%d,"siblingGroupsAccepted":false,
                 "needAcceptance":{"HEALTH":"LOW","DEVELOPMENT":"LOW","BEHAVIOUR":"LOW","EDUCATION":"LOW"},
                 "excludedAreas":[],"earlyPermanenceWilling":false,"approvalDate":"2024-05-01","status":"ON_HOLD"}
                """.formatted(householdId, sequence, minAge, maxAge));
        assertEquals(java.util.List.of(), EventContracts.dataViolations(HouseholdProfileChangedHandler.TYPE, data));
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/adopters-service",
                HouseholdProfileChangedHandler.TYPE, Instant.now(), householdId.toString(),
                EventEnvelope.DATA_CONTENT_TYPE, null, "ace", sequence, data);
    }

    private String childColumn(UUID childId, String column) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement scope = c.prepareStatement("select set_config('app.authorities', 'coventry', true)")) {
                scope.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("select " + column + "::text from child_profile"
                    + " where child_id = ?::uuid")) {
                ps.setString(1, childId.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String value = rs.getString(1);
                    c.rollback();
                    return "true".equals(value) ? "true" : "f".equals(value) || "false".equals(value) ? "false" : value;
                }
            }
        }
    }
}
