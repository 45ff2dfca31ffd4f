package io.relaypay.simulator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator is an independent peer of the code it tests; these rules keep it so. */
class SimulatorArchitectureTest {

    private static JavaClasses simulator;

    @BeforeAll
    static void importSimulatorClasses() {
        simulator = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.relaypay.simulator");
    }

    @Test
    void simulatorDoesNotUseMessagingOrLedger() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.relaypay.messaging..", "io.relaypay.ledger..")
                .because("the simulator is a second, independent implementation of the protocols; sharing "
                        + "messaging's codecs would let one bug pass interop tests on both sides")
                .check(simulator);
    }

    @Test
    void codecsDependOnNothingButTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.simulator.codec..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("io.relaypay.simulator.codec..", "java..")
                .because("GSM 03.38 and UDH parsing are pure functions over bytes, fuzzed on their own")
                .check(simulator);
    }

    @Test
    void networkKnowsNoProtocolServer() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.simulator.network..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jsmpp..",
                        "com.sun.net.httpserver..",
                        "io.relaypay.simulator.smsc..",
                        "io.relaypay.simulator.http..",
                        "io.relaypay.simulator.smtp..")
                .because("phones, carriers and routing are the same whichever gateway a message used")
                .check(simulator);
    }

    @Test
    void operatorBillingKnowsNoProtocolServer() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.simulator.billing")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.sun.net.httpserver..",
                        "tools.jackson..",
                        "io.relaypay.simulator.billing.http..",
                        "io.relaypay.simulator.http..")
                .because("charges, reservations and refunds are the carrier's rules; the CAMARA-shaped HTTP API is"
                        + " one way in, and tests drive the rules through BillingControl without it")
                .check(simulator);
    }

    @Test
    void gatewaysDoNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.simulator.smsc..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.relaypay.simulator.http..", "io.relaypay.simulator.smtp..")
                .because("each gateway talks to the network, not to another gateway")
                .check(simulator);
    }
}
