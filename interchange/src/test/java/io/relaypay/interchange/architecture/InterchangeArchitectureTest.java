package io.relaypay.interchange.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the interchange hexagonal: each feature package (payments, merchants, users…) holds the
 * framework-free model and services; Spring, servlets and SQL live in its {@code web} and
 * {@code internal} sub-packages and in {@code config}.
 */
class InterchangeArchitectureTest {

    static final String[] ADAPTERS = {
        "io.relaypay.interchange", // the Spring Boot entry point
        "..config..",
        "..web..",
        "..internal..",
        "..idempotency..",
        "..persistence.."
    };

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.relaypay.interchange");
    }

    @Test
    void featurePackagesKnowNoFramework() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.interchange..")
                .and()
                .resideOutsideOfPackages(ADAPTERS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..")
                .because("services must run and be tested without a container or a database; adapters wire them")
                .check(classes);
    }

    @Test
    void featurePackagesDoNotReachIntoAdapters() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.interchange..")
                .and()
                .resideOutsideOfPackages(ADAPTERS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..interchange..web..", "..interchange..internal..", "..interchange.config..")
                .because("dependencies point inward: adapters depend on ports, never the reverse")
                .check(classes);
    }
}
