package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import io.relaypay.messaging.email.EmailGatewayChannel;
import io.relaypay.testkit.TestClock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayFactoriesTest {
    private static final String SECRET = "callback-secret-0123456789";
    private final TestClock clock = TestClock.standing();

    @Test
    void kannelChannelIsFoundByKind() {
        try (Channel channel = ChannelFactory.forKind("kannel-http")
                .create(
                        "kannel-a",
                        Map.of(
                                "url",
                                "http://127.0.0.1:13013",
                                "username",
                                "u",
                                "password",
                                "p",
                                "callback-secret",
                                SECRET),
                        event -> {},
                        clock)) {
            assertThat(channel).isInstanceOf(KannelHttpChannel.class);
            assertThat(channel.name()).isEqualTo("kannel-a");
        }
    }

    @Test
    void jsonChannelIsFoundByKind() {
        try (Channel channel = ChannelFactory.forKind("json-http")
                .create(
                        "agg",
                        Map.of("url", "https://agg.test", "api-key", "k", "callback-secret", SECRET),
                        event -> {},
                        clock)) {
            assertThat(channel).isInstanceOf(JsonAggregatorChannel.class);
        }
    }

    @Test
    void emailChannelIsFoundByKind() {
        try (Channel channel = ChannelFactory.forKind("email")
                .create(
                        "mail",
                        Map.of(
                                "smtp-host", "127.0.0.1",
                                "from-address", "sms@relaypay.test",
                                "domains", "49151:sms.northwind.test"),
                        event -> {},
                        clock)) {
            assertThat(channel).isInstanceOf(EmailGatewayChannel.class);
        }
    }

    @Test
    void everyProblemInTheSettingsIsListedAtOnce() {
        assertThatThrownBy(() -> ChannelFactory.forKind("kannel-http")
                        .create("k", Map.of("url", "ftp://x", "dlr-mask", "99", "colour", "red"), event -> {}, clock))
                .hasMessageContaining("unknown setting 'colour'")
                .hasMessageContaining("missing setting 'username'")
                .hasMessageContaining("missing setting 'password'")
                .hasMessageContaining("missing setting 'callback-secret'")
                .hasMessageContaining("bad value for 'url'")
                .hasMessageContaining("bad value for 'dlr-mask'");
    }

    @Test
    void jsonChannelNeedsACallbackSecret() {
        assertThatThrownBy(() -> ChannelFactory.forKind("json-http")
                        .create("agg", Map.of("url", "https://agg.test", "api-key", "k"), event -> {}, clock))
                .hasMessageContaining("missing setting 'callback-secret'");
    }

    @Test
    void aShortCallbackSecretIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> ChannelFactory.forKind("json-http")
                        .create(
                                "agg",
                                Map.of("url", "https://agg.test", "api-key", "k", "callback-secret", "hunter2"),
                                event -> {},
                                clock))
                .hasMessageContaining("callback-secret must have at least 16 characters")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void configsNeverShowTheCallbackSecret() {
        var json = JsonAggregatorConfig.from(ChannelSettings.of(
                JsonAggregatorConfig.KEYS,
                Map.of("url", "https://agg.test", "api-key", "k", "callback-secret", SECRET)));
        var kannel = KannelHttpConfig.from(ChannelSettings.of(
                KannelHttpConfig.KEYS,
                Map.of("url", "http://kannel:13013", "username", "u", "password", "p", "callback-secret", SECRET)));

        assertThat(json.toString()).contains("callbackSecret=***").doesNotContain(SECRET);
        assertThat(kannel.toString()).contains("callbackSecret=***").doesNotContain(SECRET);
    }

    @Test
    void everyKeyIsDocumentedOnce() {
        for (String kind : new String[] {"kannel-http", "json-http", "email"}) {
            var keys = ChannelFactory.forKind(kind).configKeys();
            assertThat(keys).extracting(ConfigKey::name).doesNotHaveDuplicates();
            assertThat(keys).allSatisfy(key -> assertThat(key.doc()).isNotBlank());
        }
    }
}
