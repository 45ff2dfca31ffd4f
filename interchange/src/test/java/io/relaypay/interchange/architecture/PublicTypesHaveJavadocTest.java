package io.relaypay.interchange.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.testkit.SourceRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every public type of interchange carries a Javadoc comment. */
class PublicTypesHaveJavadocTest {

    @Test
    void everyPublicTypeIsDocumented() {
        assertThat(SourceRules.undocumentedPublicTypes(Path.of("src/main/java")))
                .as("public types without Javadoc")
                .isEmpty();
    }
}
