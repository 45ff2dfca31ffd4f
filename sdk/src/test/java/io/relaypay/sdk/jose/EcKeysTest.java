package io.relaypay.sdk.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.sdk.jose.JoseException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/** P-256 key encodings round-trip, and keys of other curves or kinds are refused. */
class EcKeysTest {

    private static final KeyPair KEY = EcKeys.generate();

    @Test
    void aPublicKeyRoundTripsThroughBase64UrlSpki() {
        String encoded = EcKeys.encodePublic(KEY.getPublic());
        assertThat(encoded).doesNotContain("=", "+", "/");
        assertThat(EcKeys.decodePublic(encoded)).isEqualTo(KEY.getPublic());
    }

    @Test
    void aPrivateKeyRoundTripsThroughPkcs8Pem() {
        String pem = EcKeys.encodePrivatePem(KEY.getPrivate());
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        byte[] data = "x".getBytes(StandardCharsets.UTF_8);
        byte[] sig = Es256.sign(data, EcKeys.decodePrivatePem(pem));
        assertThat(Es256.verify(data, sig, KEY.getPublic())).isTrue();
    }

    @Test
    void aP384PublicKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        String p384 = Base64Url.encode(generator.generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> EcKeys.decodePublic(p384))
                .isInstanceOfSatisfying(
                        JoseException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_KEY));
    }

    @Test
    void anRsaPublicKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String rsa = Base64Url.encode(generator.generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> EcKeys.decodePublic(rsa))
                .isInstanceOfSatisfying(
                        JoseException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_KEY));
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> EcKeys.decodePublic("AAAA")).isInstanceOf(JoseException.class);
        assertThatThrownBy(() -> EcKeys.decodePublic("not base64!")).isInstanceOf(JoseException.class);
        assertThatThrownBy(() -> EcKeys.decodePrivatePem("nope")).isInstanceOf(JoseException.class);
    }
}
