package io.relaypay.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the ledger's dependencies pointing inward: rules on what may use what. */
class LedgerArchitectureTest {

    private static JavaClasses ledger;

    @BeforeAll
    static void importLedgerClasses() {
        ledger = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.relaypay.ledger");
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        classes()
                .that()
                .resideInAPackage("io.relaypay.ledger.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.relaypay.ledger.domain..", "java..")
                .because("the ledger's rules must be testable and reusable without a database or framework")
                .check(ledger);
    }

    @Test
    void domainDoesNotUseJdbc() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.ledger.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .because("storage is an adapter; the engine decides on rows it is given")
                .check(ledger);
    }

    @Test
    void jdbcIsUsedOnlyInTheStore() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.relaypay.ledger.store..", "io.relaypay.ledger.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.flywaydb..", "com.zaxxer..", "org.h2..", "org.postgresql..")
                .because("all SQL lives in one package, so the schema has one owner")
                .check(ledger);
    }

    @Test
    void demoUsesTheStoreOnlyThroughItsPublicEntryPoints() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.ledger.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..")
                .because("the demo is a client of the ledger like any other")
                .check(ledger);
    }

    @Test
    void expiryJanitorUsesOnlyTheLedgerPort() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.ledger.expiry..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.relaypay.ledger.store..")
                .because("the janitor works with any Ledger, in memory or on a database")
                .check(ledger);
    }

    @Test
    void storeDoesNotDependOnTheDemo() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.relaypay.ledger.domain..", "io.relaypay.ledger.store..", "io.relaypay.ledger.expiry..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.relaypay.ledger.demo..")
                .because("the demo sits on top; nothing builds on it")
                .check(ledger);
    }
}
