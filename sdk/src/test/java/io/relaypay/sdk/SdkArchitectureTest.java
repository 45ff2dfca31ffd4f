package io.relaypay.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.relaypay.testkit.SourceRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The SDK is what merchants put on their classpath: the JDK and Jackson, nothing of the server. */
class SdkArchitectureTest {

    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.relaypay.sdk");

    @Test
    void sdkDependsOnlyOnTheJdkAndJackson() {
        classes()
                .that()
                .resideInAPackage("io.relaypay.sdk..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.relaypay.sdk..", "java..", "javax.crypto..", "tools.jackson..")
                .because("merchants embed the SDK in their own services; it must not drag in server code"
                        + " or frameworks, and it is written against docs/api.md, not the server's classes")
                .check(SDK);
    }

    @Test
    void tokensReceiptsAndSealedBoxesDoNotNeedJackson() {
        noClasses()
                .that()
                .resideInAnyPackage("io.relaypay.sdk.agent..", "io.relaypay.sdk.jose..", "io.relaypay.sdk.json..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "io.relaypay.sdk")
                .because("the local agent uses these packages without Jackson on its class path, to stay small"
                        + " (docs/benchmarks.md, local agent)")
                .check(SDK);
    }

    @Test
    void everyPublicTypeIsDocumented() {
        assertThat(SourceRules.undocumentedPublicTypes(Path.of("src/main/java")))
                .as("public types without Javadoc")
                .isEmpty();
    }
}
