package uk.raa.finance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of finance-service, checked on every build. */
@AnalyzeClasses(packages = "uk.raa.finance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNothingOfHttp = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..rest..", "..service..",
                    "..repository..", "..messaging..");

    /** The rules themselves are plain Java: testable without Quarkus, usable by any RAA. */
    @ArchTest
    static final ArchRule rulesArePlainJava = classes().that().resideInAnyPackage("uk.raa.finance.domain.money..",
                    "uk.raa.finance.domain.partnership..", "uk.raa.finance.domain.contribution..",
                    "uk.raa.finance.domain.fees..", "uk.raa.finance.domain.statement..", "uk.raa.finance.domain.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "uk.raa.finance.domain..");

    @ArchTest
    static final ArchRule noOtherServicesPackages = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("uk.raa.children..", "uk.raa.adopters..", "uk.raa.matching..", "uk.raa.gateway..");

    @ArchTest
    static final ArchRule repositoriesOnlyFromServices = classes().that().resideInAPackage("..repository..")
            .should().onlyBeAccessed().byAnyPackage("..service..", "..repository..");

    @ArchTest
    static final ArchRule resourcesAreThin = noClasses().that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().resideInAnyPackage("..repository..", "jakarta.persistence..");
}
