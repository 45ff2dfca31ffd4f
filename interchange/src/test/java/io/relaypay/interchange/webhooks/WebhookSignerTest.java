package io.relaypay.interchange.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignerTest {

    static final String SECRET = "whsec_test";
    static final long T = 1_795_421_000L;
    static final Instant NOW = Instant.ofEpochSecond(T);
    static final Duration FIVE_MINUTES = WebhookSigner.DEFAULT_TOLERANCE;
    static final String BODY = "{\"id\":\"evt_1\",\"object\":\"event\"}";

    @Test
    void signatureIsHmacSha256OfTimestampDotBodyInHex() {
        // Expected value computed independently: printf '1795421000.<body>' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSigner.sign(SECRET, T, BODY))
                .isEqualTo("t=1795421000,v1=5613dc1857e3e3dc7f4a21ca514c6331438f23ca01749c6f9462150d39ab0b65");
    }

    @Test
    void nonAsciiBodiesAreSignedAsUtf8Bytes() {
        String body = "{\"d\":\"Café ☕\"}";

        assertThat(WebhookSigner.sign(SECRET, T, body))
                .isEqualTo("t=1795421000,v1=22ddb76731daf8cda42a68df25f4b02f8d61be28b3181bd38bf12e621e7232b0")
                .isEqualTo(WebhookSigner.sign(SECRET, T, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ownSignatureVerifies() {
        assertThat(WebhookSigner.verify(WebhookSigner.sign(SECRET, T, BODY), BODY, SECRET, NOW, FIVE_MINUTES))
                .isTrue();
    }

    @Test
    void tamperedBodyFails() {
        String header = WebhookSigner.sign(SECRET, T, BODY);

        assertThat(WebhookSigner.verify(header, BODY.replace("evt_1", "evt_2"), SECRET, NOW, FIVE_MINUTES))
                .isFalse();
    }

    @Test
    void otherSecretFails() {
        String header = WebhookSigner.sign("whsec_other", T, BODY);

        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW, FIVE_MINUTES))
                .isFalse();
    }

    @Test
    void changedTimestampFails() {
        String header = WebhookSigner.sign(SECRET, T, BODY).replace("t=" + T, "t=" + (T + 1));

        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW, FIVE_MINUTES))
                .isFalse();
    }

    @Test
    void timestampJustWithinToleranceVerifiesBothWays() {
        String header = WebhookSigner.sign(SECRET, T, BODY);

        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW.plus(FIVE_MINUTES), FIVE_MINUTES))
                .isTrue();
        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW.minus(FIVE_MINUTES), FIVE_MINUTES))
                .isTrue();
    }

    @Test
    void timestampOutsideToleranceFailsBothWays() {
        String header = WebhookSigner.sign(SECRET, T, BODY);
        Duration late = FIVE_MINUTES.plusSeconds(1);

        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW.plus(late), FIVE_MINUTES))
                .isFalse();
        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW.minus(late), FIVE_MINUTES))
                .isFalse();
    }

    @Test
    void anyOfSeveralV1EntriesMayMatchDuringSecretRotation() {
        String oldSignature = WebhookSigner.sign("whsec_old", T, BODY).substring(("t=" + T + ",").length());
        String header = WebhookSigner.sign(SECRET, T, BODY) + "," + oldSignature;

        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW, FIVE_MINUTES))
                .isTrue();
        assertThat(WebhookSigner.verify(header, BODY, "whsec_old", NOW, FIVE_MINUTES))
                .isTrue();
    }

    @Test
    void unknownSchemesAreIgnored() {
        String header = WebhookSigner.sign(SECRET, T, BODY) + ",v0=deadbeef";

        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW, FIVE_MINUTES))
                .isTrue();
    }

    @Test
    void upperCaseHexIsAccepted() {
        String header = WebhookSigner.sign(SECRET, T, BODY);
        String upper = header.substring(0, header.indexOf("v1=") + 3)
                + header.substring(header.indexOf("v1=") + 3).toUpperCase(java.util.Locale.ROOT);

        assertThat(WebhookSigner.verify(upper, BODY, SECRET, NOW, FIVE_MINUTES)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "garbage",
                "t=1795421000",
                "v1=5613dc1857e3e3dc7f4a21ca514c6331438f23ca01749c6f9462150d39ab0b65",
                "t=abc,v1=5613dc1857e3e3dc7f4a21ca514c6331438f23ca01749c6f9462150d39ab0b65",
                "t=-1795421000,v1=5613dc1857e3e3dc7f4a21ca514c6331438f23ca01749c6f9462150d39ab0b65",
                "t=1795421000,t=1795421000,v1=5613dc1857e3e3dc7f4a21ca514c6331438f23ca01749c6f9462150d39ab0b65",
                "t=1795421000,v1=5613dc18",
                "t=1795421000,v1=zz13dc1857e3e3dc7f4a21ca514c6331438f23ca01749c6f9462150d39ab0b65",
                "t=99999999999999999999,v1=5613dc1857e3e3dc7f4a21ca514c6331438f23ca01749c6f9462150d39ab0b65"
            })
    void malformedHeadersFail(String header) {
        assertThat(WebhookSigner.verify(header, BODY, SECRET, NOW, FIVE_MINUTES))
                .isFalse();
    }

    @Test
    void missingHeaderFails() {
        assertThat(WebhookSigner.verify(null, BODY, SECRET, NOW, FIVE_MINUTES)).isFalse();
    }
}
