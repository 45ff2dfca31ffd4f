package io.relaypay.sdk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Es256;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

/** The device signature header covers time, method, path and the exact body. */
class DeviceSignaturesTest {

    private static final KeyPair DEVICE = EcKeys.generate();
    private static final byte[] BODY = "{\"token\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSigningInputIsTimeMethodPathAndBody() {
        assertThat(new String(
                        DeviceSignatures.signingInput(1795421000, "POST", "/agent/v1/payments", BODY),
                        StandardCharsets.UTF_8))
                .isEqualTo("1795421000.POST./agent/v1/payments.{\"token\":\"x\"}");
    }

    @Test
    void theHeaderVerifiesOnlyForWhatWasSigned() {
        String header = DeviceSignatures.header(DEVICE.getPrivate(), 1795421000, "POST", "/agent/v1/payments", BODY);
        assertThat(header).startsWith("t=1795421000,sig=");
        byte[] sig = Base64Url.decode(header.substring(header.indexOf("sig=") + 4), "sig");

        assertThat(Es256.verify(
                        DeviceSignatures.signingInput(1795421000, "POST", "/agent/v1/payments", BODY),
                        sig,
                        DEVICE.getPublic()))
                .isTrue();
        assertThat(Es256.verify(
                        DeviceSignatures.signingInput(1795421001, "POST", "/agent/v1/payments", BODY),
                        sig,
                        DEVICE.getPublic()))
                .isFalse();
        assertThat(Es256.verify(
                        DeviceSignatures.signingInput(1795421000, "POST", "/agent/v1/payments", new byte[0]),
                        sig,
                        DEVICE.getPublic()))
                .isFalse();
    }
}
