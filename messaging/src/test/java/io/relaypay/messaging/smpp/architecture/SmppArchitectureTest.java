package io.relaypay.messaging.smpp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependency rules of the SMPP converter. */
class SmppArchitectureTest {

    private static final JavaClasses SMPP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.relaypay.messaging.smpp");

    @Test
    void codecsAndInboundParsersDoNotKnowTheSmppLibrary() {
        noClasses()
                .that()
                .resideInAnyPackage("io.relaypay.messaging.smpp.codec..", "io.relaypay.messaging.smpp.inbound..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jsmpp..")
                .because("the parsers of outside input are tested and fuzzed on plain fields, without a session,"
                        + " and must survive a change of SMPP library")
                .check(SMPP);
    }

    @Test
    void theCodecsStandAlone() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.messaging.smpp.codec..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.relaypay.messaging.smpp", "io.relaypay.messaging.smpp.inbound..")
                .because("GSM 03.38, UCS-2 and user data headers are wire formats, not channel logic")
                .check(SMPP);
    }

    @Test
    void theConverterDoesNotReachIntoTheSimulator() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.relaypay.simulator..")
                .because("the simulator is an independent implementation of the same protocols;"
                        + " interop is only tested if neither side shares the other's code")
                .check(SMPP);
    }
}
