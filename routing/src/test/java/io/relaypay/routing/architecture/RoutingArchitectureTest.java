package io.relaypay.routing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routing is pure Java: rules and numbers in, decisions out. */
class RoutingArchitectureTest {

    private static JavaClasses routing;

    @BeforeAll
    static void importRoutingClasses() {
        routing = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.relaypay.routing");
    }

    @Test
    void routingDependsOnNothingButTheJdk() {
        classes()
                .that()
                .resideInAPackage("io.relaypay.routing..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.relaypay.routing..", "java..")
                .because("routing decides from configuration and counters it is given; it does no I/O and"
                        + " knows no framework, so every decision is reproducible in a unit test")
                .allowEmptyShould(true)
                .check(routing);
    }

    @Test
    void routingDoesNoIo() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage("io.relaypay.routing..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.net..", "java.nio..", "java.sql..")
                .because("live counters and health are fed in by messaging and the interchange")
                .allowEmptyShould(true)
                .check(routing);
    }
}
