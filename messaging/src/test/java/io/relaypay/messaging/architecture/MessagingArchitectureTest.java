package io.relaypay.messaging.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps messaging's dependencies pointing inward: format ← SPI ← converters and outbox. */
class MessagingArchitectureTest {

    private static final String FORMAT = "io.relaypay.messaging";
    private static final String SPI = "io.relaypay.messaging.channel..";
    private static final String OUTBOX = "io.relaypay.messaging.outbox..";
    private static final String[] CONVERTERS = {
        "io.relaypay.messaging.smpp..", "io.relaypay.messaging.http..", "io.relaypay.messaging.email.."
    };

    private static JavaClasses messaging;

    @BeforeAll
    static void importMessagingClasses() {
        messaging = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(FORMAT);
    }

    @Test
    void commonFormatKnowsNoProtocolAndNoStorage() {
        classes()
                .that()
                .resideInAPackage(FORMAT)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(FORMAT, "java..", "com.google.i18n.phonenumbers..")
                .because("the common format is what every converter and the interchange share")
                .check(messaging);
    }

    @Test
    void channelSpiDependsOnlyOnTheFormat() {
        classes()
                .that()
                .resideInAPackage(SPI)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(FORMAT, SPI, "java..")
                .because("a new controller kind implements the SPI without pulling in another converter")
                .check(messaging);
    }

    @Test
    void outboxWorksWithAnyChannel() {
        noClasses()
                .that()
                .resideInAPackage(OUTBOX)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CONVERTERS)
                .because("the outbox sends through the Channel SPI, whatever protocol is behind it")
                .check(messaging);
    }

    @Test
    void convertersDoNotUseTheOutboxOrEachOther() {
        for (String converter : CONVERTERS) {
            noClasses()
                    .that()
                    .resideInAPackage(converter)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(OUTBOX)
                    .because("converters translate one message at a time; durability is the outbox's job")
                    .check(messaging);
        }
        noClasses()
                .that()
                .resideInAPackage(CONVERTERS[0])
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CONVERTERS[1], CONVERTERS[2])
                .because("each converter stands alone behind the SPI")
                .check(messaging);
    }

    @Test
    void onlyTheOutboxTouchesTheDatabase() {
        noClasses()
                .that()
                .resideOutsideOfPackage(OUTBOX)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..", "org.h2..", "org.postgresql..")
                .because("the outbox owns the messaging tables")
                .check(messaging);
    }

    @Test
    void messagingKnowsNeitherPaymentsNorTheSimulator() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.relaypay.ledger..", "io.relaypay.simulator..", "io.relaypay.interchange..")
                .because("messaging knows protocols, not payments; the simulator is an independent peer")
                .check(messaging);
    }
}
