package uk.raa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The story, through the gateway with tokens from the real Keycloak: a council's case system registers a
 * child and reads it back; another council's case system cannot tell it from a child that does not exist; an ACE
 * manager sees both councils' children.
 */
class TenancyStoryTests {

    /** Registers a child for the token's authority with POST /api/children; returns the answer. */
    static Exchange register(String token, String reference, String givenName) {
        String body = """
                {"childReference":"%s","dateOfBirth":"2020-02-14","sex":"FEMALE","ethnicity":"WBRI",
                 "disability":false,"needs":{},"excludedAreas":[],"givenName":"%s","preferredName":"%s"}
                """.formatted(reference, givenName, givenName);
        return Exchange.send("POST /api/children", () -> E2e.as(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/children").thenReturn());
    }

    static Exchange read(String token, String id) {
        return Exchange.send("GET", "/api/children/" + id, E2e.as(token));
    }

    @Test
    void coventryRegistersAChildSolihullCannotTellItExistsAndTheManagerSeesBoth() {
        String coventry = E2e.caseSystem("coventry");
        String solihull = E2e.caseSystem("solihull");

        // Coventry's case system registers a child and reads it back through the gateway.
        String coventryReference = E2e.reference("STORY-C");
        Exchange created = register(coventry, coventryReference, "Coventrina");
        assertEquals(201, created.status(), created::toString);
        String coventryChild = created.json().path("id").asText();
        assertEquals("coventry", created.json().path("authority").asText(), "the owner comes from the token");
        // The Location is one the case system can follow through its one base URL: the path, or the gateway itself.
        java.net.URI location = java.net.URI.create(created.headers().get("location"));
        assertEquals("/api/children/" + coventryChild, location.getPath(), created::toString);
        assertTrue(!location.isAbsolute() || location.toString().startsWith(E2e.GATEWAY + "/"),
                () -> "Location names a host other than the gateway: " + location);

        Exchange read = read(coventry, coventryChild);
        assertEquals(200, read.status(), read::toString);
        assertEquals(coventryReference, read.json().path("childReference").asText());
        assertEquals("Coventrina", read.json().path("givenName").asText(), "the owner sees the given name");
        assertEquals("\"0\"", read.headers().get("etag"));

        // Solihull's case system gets 404, and exactly the 404 of a child that does not exist.
        String nobody = UUID.randomUUID().toString();
        Exchange foreign = read(solihull, coventryChild);
        Exchange missing = read(solihull, nobody);
        assertEquals(404, foreign.status(), foreign::toString);
        assertEquals("application/problem+json", foreign.headers().get("content-type"));
        List<String> differences = Sameness.differences(foreign, missing,
                Map.of("id", coventryChild), Map.of("id", nobody));
        assertTrue(differences.isEmpty(), () -> "Solihull can tell Coventry's child from a missing one: "
                + differences + "\n  foreign: " + foreign + "\n  missing: " + missing);
        assertTrue(!foreign.body().contains(coventryReference) && !foreign.body().contains("Coventrina"),
                foreign::toString);

        // Solihull's own child, registered by its case system.
        Exchange solihullCreated = register(solihull, E2e.reference("STORY-S"), "Solihulla");
        assertEquals(201, solihullCreated.status(), solihullCreated::toString);
        String solihullChild = solihullCreated.json().path("id").asText();
        assertEquals("solihull", solihullCreated.json().path("authority").asText());
        assertEquals(404, read(coventry, solihullChild).status(), "and the wall stands the other way too");

        // The ACE manager works across the partnership: both children, each with its authority.
        String manager = E2e.user("ace.manager");
        Exchange managerCoventry = read(manager, coventryChild);
        Exchange managerSolihull = read(manager, solihullChild);
        assertEquals(200, managerCoventry.status(), managerCoventry::toString);
        assertEquals(200, managerSolihull.status(), managerSolihull::toString);
        assertEquals("coventry", managerCoventry.json().path("authority").asText());
        assertEquals(coventryReference, managerCoventry.json().path("childReference").asText());
        assertEquals("solihull", managerSolihull.json().path("authority").asText());
        assertNotEquals(coventryChild, solihullChild);

        // Lists agree: the manager's list filtered to each authority holds that authority's child; Solihull's own
        // list never holds Coventry's, even when it asks for Coventry's children.
        assertTrue(listIds(manager, "coventry").contains(coventryChild));
        assertTrue(listIds(manager, "solihull").contains(solihullChild));
        List<String> solihullSees = listIds(solihull, "coventry");
        assertTrue(!solihullSees.contains(coventryChild), "Solihull's list holds Coventry's child");
        assertTrue(listIds(solihull, null).contains(solihullChild));
    }

    /** Every id on every page of GET /api/children (optionally ?authority=) the token may see. */
    static List<String> listIds(String token, String authority) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; page < 200; page++) {
            var spec = E2e.as(token).queryParam("page", page).queryParam("size", 100);
            if (authority != null) {
                spec = spec.queryParam("authority", authority);
            }
            Exchange answer = Exchange.send("GET", "/api/children", spec);
            if (answer.status() != 200) {
                // A council asking for another's children may be refused outright; that shows nothing either.
                assertTrue(answer.status() == 403 || answer.status() == 400, answer::toString);
                return ids;
            }
            JsonNode items = answer.json().path("items");
            items.forEach(item -> ids.add(item.path("id").asText()));
            if (items.size() < 100) {
                return ids;
            }
        }
        return ids;
    }
}
