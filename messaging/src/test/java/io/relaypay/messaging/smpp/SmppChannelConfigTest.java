package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.channel.ConfigKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmppChannelConfigTest {

    private static final Map<String, String> MINIMAL = Map.of("system-id", "relaypay", "password", "s3cret");

    @Test
    void defaultsFillEverythingButTheCredentials() {
        SmppChannelConfig config = SmppChannelConfig.from(MINIMAL);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(2775);
        assertThat(config.windowSize()).isEqualTo(64);
        assertThat(config.maxSubmitsPerSecond()).isZero();
        assertThat(config.responseTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.shortCodeTon()).isEqualTo(3);
    }

    @Test
    void missingCredentialsAndBadValuesAreAllReported() {
        assertThatThrownBy(() -> SmppChannelConfig.from(Map.of("window-size", "0", "port", "x")))
                .hasMessageContaining("missing setting 'system-id'")
                .hasMessageContaining("missing setting 'password'")
                .hasMessageContaining("bad value for 'window-size'")
                .hasMessageContaining("bad value for 'port'");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertThat(SmppChannelConfig.from(MINIMAL).toString()).doesNotContain("s3cret");
    }

    @Test
    void everyKeyIsDocumentedAndDeclaredOnce() {
        assertThat(SmppChannelConfig.KEYS).extracting(ConfigKey::name).doesNotHaveDuplicates();
        assertThat(SmppChannelConfig.KEYS)
                .allSatisfy(key -> assertThat(key.doc()).isNotBlank());
    }

    @Test
    void theFactoryIsFoundByKind() {
        ChannelFactory factory = ChannelFactory.forKind("smpp");
        assertThat(factory).isInstanceOf(SmppChannelFactory.class);
        try (var channel = factory.create("smsc-test", MINIMAL, event -> {}, Clock.systemUTC())) {
            assertThat(channel.name()).isEqualTo("smsc-test");
            assertThat(channel.health().connected()).isFalse();
        }
    }
}
