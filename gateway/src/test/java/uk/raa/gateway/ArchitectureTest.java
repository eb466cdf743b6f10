package uk.raa.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The gateway's boundaries: it knows no service's code, keeps its layers, and never blocks the event loop. */
class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.raa.gateway");

    @Test
    void theGatewayShareNoCodeWithTheServices() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("uk.raa.common..", "uk.raa.children..",
                "uk.raa.adopters..", "uk.raa.matching..", "uk.raa.finance..")
                .because("the gateway talks to the services over HTTP only")
                .check(GATEWAY);
    }

    @Test
    void layersDependInwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy("uk.raa.gateway.rest..")
                .layer("client").definedBy("uk.raa.gateway.client..")
                .layer("service").definedBy("uk.raa.gateway.service..")
                .layer("config").definedBy("uk.raa.gateway.config..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("client").mayOnlyBeAccessedByLayers("rest", "config")
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "client", "config")
                .check(GATEWAY);
    }

    @Test
    void nothingBlocksAThread() {
        noClasses().should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(java.util.concurrent.Future.class, "get")
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "join")
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("await", t ->
                                t.getName().startsWith("await"))))
                .because("every gateway path runs on the Vert.x event loop")
                .check(GATEWAY);
    }

    @Test
    void noJaxRsResources() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .because("the gateway's routes are Vert.x routes, so bodies stream instead of being read")
                .check(GATEWAY);
    }
}
