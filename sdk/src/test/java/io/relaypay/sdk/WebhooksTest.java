package io.relaypay.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.sdk.SignatureVerificationException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Webhook verification: known vectors, tampering, wrong secrets, replays and malformed headers. */
class WebhooksTest {

    private static final String SECRET = "whsec_test_secret";
    private static final long T = 1795421000;
    private static final Clock AT_T = Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC);
    private static final String BODY = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"payment.succeeded\","
            + "\"created\":1795421000,\"livemode\":false,\"data\":{\"object\":{\"id\":\"pay_1\",\"object\":\"payment\","
            + "\"status\":\"succeeded\",\"amount\":499,\"currency\":\"EUR\",\"amount_refunded\":0,"
            + "\"reference\":\"order-1042\",\"livemode\":false,\"created\":1795420800}}}";
    // Computed outside Java: printf '%s' "1795421000.$BODY" | openssl dgst -sha256 -hmac 'whsec_test_secret'
    private static final String V1 = "53bc0eb1cc4935618886ec86672e7aa74b67fbdfc980f0d0f72a2657fbc721bd";
    // The same under 'whsec_old_secret', as during a secret rotation.
    private static final String V1_OLD_SECRET = "ecfad8984d261714185a7d7bca72f6f7f2753c29d454559ebf7757d80186e4e8";

    private static void refused(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SignatureVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void signMatchesTheIndependentlyComputedVector() {
        assertThat(Webhooks.sign(BODY, SECRET, Instant.ofEpochSecond(T))).isEqualTo("t=" + T + ",v1=" + V1);
    }

    @Test
    void theKnownVectorVerifiesIntoATypedEvent() {
        Event event = Webhooks.constructEvent(BODY, "t=" + T + ",v1=" + V1, SECRET, AT_T);

        assertThat(event.id()).isEqualTo("evt_1");
        assertThat(event.type()).isEqualTo(EventType.PAYMENT_SUCCEEDED);
        assertThat(event.created()).isEqualTo(Instant.ofEpochSecond(T));
        assertThat(event.livemode()).isFalse();
        assertThat(event.data()).isInstanceOfSatisfying(Payment.class, p -> {
            assertThat(p.id()).isEqualTo("pay_1");
            assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(p.reference()).isEqualTo("order-1042");
        });
    }

    @Test
    void upperCaseHexAndSpacesAroundEntriesAreAccepted() {
        Webhooks.constructEvent(BODY, " t=" + T + " , v1=" + V1.toUpperCase() + " ", SECRET, AT_T);
    }

    @Test
    void aTamperedBodyIsRefused() {
        String tampered = BODY.replace("\"amount\":499", "\"amount\":4990");
        refused(
                Reason.SIGNATURE_MISMATCH,
                () -> Webhooks.constructEvent(tampered, "t=" + T + ",v1=" + V1, SECRET, AT_T));
    }

    @Test
    void aTamperedTimestampIsRefused() {
        refused(
                Reason.SIGNATURE_MISMATCH,
                () -> Webhooks.constructEvent(BODY, "t=" + (T + 1) + ",v1=" + V1, SECRET, AT_T));
    }

    @Test
    void theWrongSecretIsRefused() {
        refused(
                Reason.SIGNATURE_MISMATCH,
                () -> Webhooks.constructEvent(BODY, "t=" + T + ",v1=" + V1, "whsec_other", AT_T));
    }

    @Test
    void anyMatchingV1AmongSeveralIsEnoughDuringRotation() {
        String header = "t=" + T + ",v1=" + V1_OLD_SECRET + ",v1=" + V1;

        assertThat(Webhooks.constructEvent(BODY, header, SECRET, AT_T).id()).isEqualTo("evt_1");
        assertThat(Webhooks.constructEvent(BODY, header, "whsec_old_secret", AT_T)
                        .id())
                .isEqualTo("evt_1");
        refused(Reason.SIGNATURE_MISMATCH, () -> Webhooks.constructEvent(BODY, header, "whsec_third", AT_T));
    }

    @Test
    void otherSchemesAreSkippedButDoNotCountAsASignature() {
        Webhooks.constructEvent(BODY, "t=" + T + ",v0=abc,v1=" + V1 + ",v2=zzz", SECRET, AT_T);
        refused(Reason.NO_SIGNATURE, () -> Webhooks.constructEvent(BODY, "t=" + T + ",v0=" + V1, SECRET, AT_T));
    }

    @Test
    void timestampsUpToFiveMinutesAwayEitherWayAreAccepted() {
        String header = "t=" + T + ",v1=" + V1;
        Webhooks.constructEvent(BODY, header, SECRET, Clock.offset(AT_T, Duration.ofSeconds(300)));
        Webhooks.constructEvent(BODY, header, SECRET, Clock.offset(AT_T, Duration.ofSeconds(-300)));
    }

    @Test
    void aStaleTimestampIsRefusedEvenWithAValidSignature() {
        refused(
                Reason.TIMESTAMP_OUT_OF_TOLERANCE,
                () -> Webhooks.constructEvent(
                        BODY, "t=" + T + ",v1=" + V1, SECRET, Clock.offset(AT_T, Duration.ofSeconds(301))));
    }

    @Test
    void aFutureTimestampIsRefusedEvenWithAValidSignature() {
        refused(
                Reason.TIMESTAMP_OUT_OF_TOLERANCE,
                () -> Webhooks.constructEvent(
                        BODY, "t=" + T + ",v1=" + V1, SECRET, Clock.offset(AT_T, Duration.ofSeconds(-301))));
    }

    @Test
    void malformedHeadersAreRefusedAsMalformed() {
        String v1 = ",v1=" + V1;
        for (String header : new String[] {
            "",
            "   ",
            "v1=" + V1,
            "t=" + v1,
            "t=abc" + v1,
            "t=-1" + v1,
            "t=1e9" + v1,
            "t=" + T + ",t=" + T + v1,
            "t=" + T + ",v1=" + V1.substring(1),
            "t=" + T + ",v1=" + V1 + "0",
            "t=" + T + ",v1=" + V1.replace('a', 'g'),
            "t=" + T + ",," + v1.substring(1),
            "t=" + T + ",v1",
            "=" + T + v1,
            "t=" + T + ",v1=" + V1 + ",x".repeat(SignatureHeader.MAX_LENGTH)
        }) {
            refused(Reason.MALFORMED_HEADER, () -> Webhooks.constructEvent(BODY, header, SECRET, AT_T));
        }
        refused(Reason.MALFORMED_HEADER, () -> Webhooks.constructEvent(BODY, null, SECRET, AT_T));
    }

    @Test
    void aHeaderWithoutV1IsRefusedAsUnsigned() {
        refused(Reason.NO_SIGNATURE, () -> Webhooks.constructEvent(BODY, "t=" + T, SECRET, AT_T));
    }

    @Test
    void aSignedBodyThatIsNotAnEventIsRefusedAsMalformedPayload() {
        for (String body : new String[] {"not json", "[]", "{\"id\":\"evt_1\"}", "{\"id\":1,\"type\":\"x\"}"}) {
            String header = Webhooks.sign(body, SECRET, Instant.ofEpochSecond(T));
            refused(Reason.MALFORMED_PAYLOAD, () -> Webhooks.constructEvent(body, header, SECRET, AT_T));
        }
    }

    @Test
    void aRefundEventCarriesARefund() {
        String body = "{\"id\":\"evt_2\",\"object\":\"event\",\"type\":\"refund.succeeded\",\"created\":" + T
                + ",\"livemode\":false,\"data\":{\"object\":" + Fixtures.refund("re_1", "succeeded") + "}}";

        Event event =
                Webhooks.constructEvent(body, Webhooks.sign(body, SECRET, Instant.ofEpochSecond(T)), SECRET, AT_T);

        assertThat(event.type()).isEqualTo(EventType.REFUND_SUCCEEDED);
        assertThat(event.data())
                .isInstanceOfSatisfying(
                        Refund.class, r -> assertThat(r.payment()).isEqualTo("pay_1"));
    }

    @Test
    void anUnknownTypeAndObjectKindAreKeptRawInsteadOfFailing() {
        String body = "{\"id\":\"evt_3\",\"object\":\"event\",\"type\":\"payout.paid\",\"created\":" + T
                + ",\"livemode\":true,\"data\":{\"object\":{\"id\":\"po_1\",\"object\":\"payout\",\"amount\":5}}}";

        Event event =
                Webhooks.constructEvent(body, Webhooks.sign(body, SECRET, Instant.ofEpochSecond(T)), SECRET, AT_T);

        assertThat(event.type()).isEqualTo(EventType.UNKNOWN);
        assertThat(event.typeName()).isEqualTo("payout.paid");
        assertThat(event.livemode()).isTrue();
        assertThat(event.data()).isInstanceOfSatisfying(UnknownObject.class, o -> {
            assertThat(o.id()).isEqualTo("po_1");
            assertThat(o.object()).isEqualTo("payout");
            assertThat(o.json()).contains("\"amount\":5");
        });
    }

    @Test
    void theRawBytesAreWhatIsSigned() {
        byte[] raw = BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(Webhooks.constructEvent(raw, "t=" + T + ",v1=" + V1, SECRET, AT_T)
                        .id())
                .isEqualTo("evt_1");
    }

    @Test
    void anEmptySecretIsAProgrammingError() {
        assertThatThrownBy(() -> Webhooks.constructEvent(BODY, "t=" + T + ",v1=" + V1, "", AT_T))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
