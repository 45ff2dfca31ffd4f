package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CallbackSignerTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String ID = "msg_6f1c2e3a-0000-4000-8000-000000000001";
    private final CallbackSigner signer = new CallbackSigner("kannel-a", SECRET);

    @Test
    void deliveryReportTokenIsTheTruncatedHmacOfChannelKindAndId() throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String full = HexFormat.of().formatHex(mac.doFinal(("kannel-a|dlr|" + ID).getBytes(StandardCharsets.UTF_8)));

        assertThat(signer.deliveryReportToken(ID)).isEqualTo(full.substring(0, 32));
    }

    @Test
    void signedQueriesVerify() {
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, signer.deliveryReportQuery(ID) + "&type=1"))
                .isTrue();
        assertThat(signer.verify(CallbackKind.MOBILE_ORIGINATED, "from=%2B49&" + signer.mobileOriginatedQuery()))
                .isTrue();
    }

    @Test
    void missingOrWrongTokensDoNotVerify() {
        String token = signer.deliveryReportToken(ID);

        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, "id=" + ID + "&type=1"))
                .isFalse();
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, "sig=" + token)).isFalse();
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, "id=" + ID + "&sig=" + token.toUpperCase()))
                .isFalse();
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, "id=" + ID + "&sig=" + token.substring(1)))
                .isFalse();
        assertThat(signer.verify(CallbackKind.MOBILE_ORIGINATED, "sig=" + token))
                .isFalse();
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, "id=" + ID + "&sig=" + token + "&sig=" + token))
                .as("a repeated parameter is malformed")
                .isFalse();
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, "id=%zz&sig=" + token))
                .isFalse();
        assertThat(signer.verify(CallbackKind.MOBILE_ORIGINATED, "")).isFalse();
    }

    @Test
    void anotherSecretMakesOtherTokens() {
        var other = new CallbackSigner("kannel-a", SECRET + "x");

        assertThat(other.verify(CallbackKind.DELIVERY_REPORT, signer.deliveryReportQuery(ID)))
                .isFalse();
        assertThat(other.verify(CallbackKind.MOBILE_ORIGINATED, signer.mobileOriginatedQuery()))
                .isFalse();
    }

    @Test
    void shortSecretsAndPipesInIdsAreRefused() {
        assertThatThrownBy(() -> new CallbackSigner("k", "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> new CallbackSigner("a|dlr", SECRET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.deliveryReportToken("a|mo")).isInstanceOf(IllegalArgumentException.class);
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, "id=a%7Cmo&sig=0"))
                .isFalse();
    }

    @Test
    void toStringHidesTheSecret() {
        assertThat(signer.toString()).contains("kannel-a").doesNotContain(SECRET);
    }
}
