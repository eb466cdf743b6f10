package uk.raa.children.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** The service starts against the real PostgreSQL and RabbitMQ and says it is ready. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HealthTests {

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void metricsAreExposed() {
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void openApiIsPublished() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("children-service"));
    }
}
