package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KannelSendsmsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SECRET = "callback-secret-0123456789";
    private static final CallbackSigner SIGNER = new CallbackSigner("kannel-a", SECRET);
    private static final KannelHttpConfig CONFIG = new KannelHttpConfig(
            URI.create("http://kannel:13013"),
            "relaypay",
            "s3cret",
            SECRET,
            31,
            Optional.of(URI.create("http://relaypay:8080")),
            "GET",
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            4);

    @Test
    void gsmTextGoesAsSevenBitWithCredentialsAndAddresses() {
        OutboundMessage message =
                Messages.notification("+4915112345671", "Code 1234 {ok} €", NOW).build(NOW);

        Map<String, String> parameters = KannelSendsms.parameters(SIGNER, CONFIG, message, NOW);

        assertThat(parameters)
                .containsEntry("username", "relaypay")
                .containsEntry("password", "s3cret")
                .containsEntry("from", "84444")
                .containsEntry("to", "+4915112345671")
                .containsEntry("text", "Code 1234 {ok} €")
                .containsEntry("charset", "UTF-8")
                .containsEntry("coding", "0")
                .containsEntry("validity", "60")
                .containsEntry("dlr-mask", "31")
                .doesNotContainKey("binfo");
    }

    @Test
    void textOutsideTheGsmAlphabetGoesAsUcs2() {
        OutboundMessage message =
                Messages.notification("+4915112345671", "Код 1234", NOW).build(NOW);

        assertThat(KannelSendsms.parameters(SIGNER, CONFIG, message, NOW)).containsEntry("coding", "2");
    }

    @Test
    void dlrUrlPointsAtOurCallbackWithOurMessageId() {
        OutboundMessage message =
                Messages.notification("+4915112345671", "hi", NOW).build(NOW);

        assertThat(KannelSendsms.parameters(SIGNER, CONFIG, message, NOW).get("dlr-url"))
                .startsWith("http://relaypay:8080/callbacks/kannel-a/dlr?id=" + message.id() + "&sig="
                        + SIGNER.deliveryReportToken(message.id().toString()) + "&")
                .contains("type=%d");
    }

    @Test
    void withoutCallbackBaseNoDeliveryReportIsRequested() {
        var config = new KannelHttpConfig(
                CONFIG.url(),
                "u",
                "p",
                SECRET,
                31,
                Optional.empty(),
                "GET",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                1);
        OutboundMessage message =
                Messages.notification("+4915112345671", "hi", NOW).build(NOW);

        assertThat(KannelSendsms.parameters(SIGNER, config, message, NOW)).doesNotContainKeys("dlr-url", "dlr-mask");
    }

    @Test
    void premiumPriceTravelsInBinfo() {
        OutboundMessage message = Messages.premium("+4915112345671", 199, NOW).build(NOW);

        assertThat(KannelSendsms.parameters(SIGNER, CONFIG, message, NOW)).containsEntry("binfo", "199 EUR");
    }

    @Test
    void validityIsRoundedUpToWholeMinutes() {
        OutboundMessage message = Messages.notification("+4915112345671", "hi", NOW)
                .validUntil(NOW.plusSeconds(61))
                .build(NOW);

        assertThat(KannelSendsms.parameters(SIGNER, CONFIG, message, NOW)).containsEntry("validity", "2");
    }

    @Test
    void acceptedAnswerIsKnownByOurMessageId() {
        OutboundMessage message =
                Messages.notification("+4915112345671", "hi", NOW).build(NOW);

        SendResult result = KannelSendsms.interpret(
                message, new GatewayHttp.Answer(202, Duration.ZERO, "0: Accepted for delivery"));

        assertThat(result)
                .isEqualTo(
                        new SendResult.Accepted(java.util.List.of(message.id().toString())));
    }

    @Test
    void authorizationFailureIsRejected() {
        SendResult result = interpret(403, "Authorization failed for sendsms");

        assertThat(result).isInstanceOf(SendResult.Rejected.class);
        assertThat(((SendResult.Rejected) result).reason()).contains("403").contains("Authorization failed");
    }

    @Test
    void queueFullIsRetryableAfterTheGatewaysDelay() {
        var answer = new GatewayHttp.Answer(503, Duration.ofSeconds(7), "4: Queue full");

        SendResult result = KannelSendsms.interpret(
                Messages.notification("+4915112345671", "hi", NOW).build(NOW), answer);

        assertThat(result)
                .isEqualTo(new SendResult.Retryable("gateway answered 503 '4: Queue full'", Duration.ofSeconds(7)));
    }

    @Test
    void throttlingIsRetryable() {
        assertThat(interpret(429, "slow down")).isInstanceOf(SendResult.Retryable.class);
    }

    @Test
    void getCarriesEverythingInTheQuery() {
        OutboundMessage message =
                Messages.notification("+4915112345671", "a b&c", NOW).build(NOW);

        var request = KannelSendsms.request(
                        URI.create("http://kannel:13013/cgi-bin/sendsms"),
                        "GET",
                        KannelSendsms.parameters(SIGNER, CONFIG, message, NOW))
                .build();

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.uri().getRawQuery()).contains("to=%2B4915112345671").contains("text=a+b%26c");
    }

    @Test
    void postUsesKannelsHeaderFormWithTheTextAsBody() {
        OutboundMessage message = Messages.premium("+4915112345671", 199, NOW).build(NOW);

        var request = KannelSendsms.request(
                        URI.create("http://kannel:13013/cgi-bin/sendsms"),
                        "POST",
                        KannelSendsms.parameters(SIGNER, CONFIG, message, NOW))
                .build();

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri().getRawQuery()).isNull();
        assertThat(request.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
        assertThat(request.headers().firstValue("X-Kannel-Password")).contains("s3cret");
        assertThat(request.headers().firstValue("X-Kannel-To")).contains("+4915112345671");
        assertThat(request.headers().firstValue("X-Kannel-BInfo")).contains("199 EUR");
        assertThat(request.headers().firstValue("X-Kannel-DLR-Url"))
                .hasValueSatisfying(url -> assertThat(url).contains(message.id().toString()));
        assertThat(request.bodyPublisher().orElseThrow().contentLength())
                .isEqualTo(message.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void configNeverShowsThePasswordOrTheCallbackSecret() {
        assertThat(CONFIG.toString()).doesNotContain("s3cret").doesNotContain(SECRET);
    }

    private static SendResult interpret(int status, String body) {
        return KannelSendsms.interpret(
                Messages.notification("+4915112345671", "hi", NOW).build(NOW),
                new GatewayHttp.Answer(status, Duration.ofSeconds(5), body));
    }
}
