package io.relaypay.examples.shop;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.relaypay.testkit.SourceRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shop is a merchant's program: it knows Relaypay only through the SDK. */
class ShopArchitectureTest {

    private static final JavaClasses SHOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.relaypay.examples.shop");

    @Test
    void theShopUsesRelaypayOnlyThroughTheSdk() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.examples.shop..")
                .should()
                .dependOnClassesThat(resideInAPackage("io.relaypay..")
                        .and(resideOutsideOfPackages("io.relaypay.sdk..", "io.relaypay.examples.shop..")))
                .because("the demo shop shows how a merchant integrates: over HTTP with the SDK, never"
                        + " with the server's classes")
                .check(SHOP);
    }

    @Test
    void theShopDoesNotParseJsonItself() {
        noClasses()
                .that()
                .resideInAPackage("io.relaypay.examples.shop..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("tools.jackson..")
                .because("reading Relaypay's JSON and verifying webhooks is the SDK's job")
                .check(SHOP);
    }

    @Test
    void everyPublicTypeIsDocumented() {
        assertThat(SourceRules.undocumentedPublicTypes(Path.of("src/main/java")))
                .as("public types without Javadoc")
                .isEmpty();
    }
}
