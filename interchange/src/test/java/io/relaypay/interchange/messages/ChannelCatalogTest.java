package io.relaypay.interchange.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.smpp.SmppChannel;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelCatalogTest {

    static ChannelCatalog create(Map<String, Map<String, String>> settings) {
        return ChannelCatalog.create(settings, event -> {}, Clock.systemUTC());
    }

    @Test
    void theKindPicksTheConverterAndTheOtherKeysAreItsSettings() {
        ChannelCatalog catalog = create(Map.of(
                "smsc-north", Map.of("kind", "smpp", "port", "2775", "system-id", "relaypay", "password", "secret")));

        assertThat(catalog.channel("smsc-north")).isInstanceOf(SmppChannel.class);
        assertThat(catalog.kindOf("smsc-north")).isEqualTo("smpp");
        assertThat(catalog.bindHolding()).containsOnlyKeys("smsc-north");
    }

    @Test
    void aChannelWithoutKindIsNamedWithTheKindsThatExist() {
        assertThatThrownBy(() -> create(Map.of("smsc-x", Map.of("port", "2775"))))
                .hasMessageContaining("relaypay.channels.smsc-x.kind is required")
                .hasMessageContaining("kannel-http");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() -> create(Map.of("pigeon", Map.of("kind", "carrier-pigeon"))))
                .hasMessageContaining("relaypay.channels.pigeon.kind")
                .hasMessageContaining("carrier-pigeon");
    }

    @Test
    void settingsTheConverterRefusesAreNamedWithTheirChannel() {
        assertThatThrownBy(() -> create(Map.of("smsc-north", Map.of("kind", "smpp", "system-id", "relaypay"))))
                .hasMessageContaining("relaypay.channels.smsc-north")
                .hasMessageContaining("missing setting 'password'");
    }
}
