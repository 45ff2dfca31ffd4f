package io.relaypay.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.relaypay.testkit.SourceRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The agent runs on users' machines: the JDK and the SDK's JOSE and JSON, nothing of the server. */
class AgentArchitectureTest {

    private static final JavaClasses AGENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.relaypay.agent");

    @Test
    void agentDependsOnlyOnTheJdkAndTheSdksJoseAndJson() {
        classes()
                .that()
                .resideInAPackage("io.relaypay.agent..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "io.relaypay.agent..",
                        "io.relaypay.sdk.jose..",
                        "io.relaypay.sdk.json..",
                        "java..",
                        "javax.crypto..",
                        "javax.net.ssl..",
                        "javax.swing..",
                        "com.sun.net.httpserver..")
                .because("the agent is installed on people's computers: small, fast to start, and written"
                        + " against the /agent/v1 contract, not the interchange's classes; Jackson is not on"
                        + " its class path (565 classes resident, docs/benchmarks.md)")
                .check(AGENT);
    }

    @Test
    void onlyThePromptPackageTouchesTheDesktop() {
        classes()
                .that()
                .resideOutsideOfPackage("io.relaypay.agent.prompt..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackage("javax.swing..")
                .because("the prompt is the one place the PIN is typed; everything else stays headless")
                .check(AGENT);
    }

    @Test
    void everyPublicTypeIsDocumented() {
        assertThat(SourceRules.undocumentedPublicTypes(Path.of("src/main/java")))
                .as("public types without Javadoc")
                .isEmpty();
    }
}
