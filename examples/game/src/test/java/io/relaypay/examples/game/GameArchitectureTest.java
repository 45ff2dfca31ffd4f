package io.relaypay.examples.game;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.relaypay.testkit.SourceRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The game is what a merchant writes: Relaypay only through the SDK, never the agent's or server's code. */
class GameArchitectureTest {

    private static final JavaClasses GAME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.relaypay.examples.game");

    @Test
    void gameUsesRelaypayOnlyThroughTheSdk() {
        classes()
                .that()
                .resideInAPackage("io.relaypay.examples.game..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "io.relaypay.examples.game..",
                        "io.relaypay.sdk..",
                        "java..",
                        "com.sun.net.httpserver..",
                        "tools.jackson..")
                .because("the game talks to the agent over its loopback HTTP API and to Relaypay through the"
                        + " SDK, as any merchant's program would")
                .check(GAME);
    }

    @Test
    void everyPublicTypeIsDocumented() {
        assertThat(SourceRules.undocumentedPublicTypes(Path.of("src/main/java")))
                .as("public types without Javadoc")
                .isEmpty();
    }
}
