package uk.raa.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The boundaries every service keeps, checked the same way in each: the domain knows nothing of HTTP, no service
 * reaches into another's code, and repositories are used only by services.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("children", "adopters", "matching", "finance", "gateway");

    private ArchitectureRules() {
    }

    public static JavaClasses importService(String service) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.raa." + service);
    }

    public static void check(String service) {
        JavaClasses classes = importService(service);
        String base = "uk.raa." + service;

        noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", base + ".rest..",
                        "io.vertx..", "org.jboss.resteasy..")
                .because("the domain is plain Java, testable without HTTP")
                .allowEmptyShould(true)
                .check(classes);

        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().that().resideInAPackage(base + "..")
                        .should().dependOnClassesThat().resideInAPackage("uk.raa." + other + "..")
                        .because("services share only the common library and published events")
                        .check(classes);
            }
        }

        classes().that().resideInAPackage(base + ".repository..")
                .should().onlyBeAccessed().byAnyPackage(base + ".service..", base + ".repository..",
                        base + ".messaging..", base + ".config..")
                .because("repositories are reached only through services")
                .allowEmptyShould(true)
                .check(classes);

        noClasses().that().resideInAPackage(base + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(base + ".repository..")
                .because("resources call services, never repositories")
                .allowEmptyShould(true)
                .check(classes);
    }
}
