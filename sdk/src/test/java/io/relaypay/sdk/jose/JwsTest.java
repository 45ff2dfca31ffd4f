package io.relaypay.sdk.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.sdk.jose.JoseException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Compact ES256 JWS: round trip, tampering, key confusion, algorithm confusion and malformed input. */
class JwsTest {

    private static final String TYP = "relaypay-payment-token+jwt";
    private static final String CLAIMS = "{\"merchant\":\"acct_1\",\"amount\":499,\"currency\":\"EUR\"}";
    private static final KeyPair KEY = EcKeys.generate();
    private static final KeyPair OTHER = EcKeys.generate();
    private static final KeyResolver KNOWS_KEY = kid ->
            Optional.ofNullable(Map.<String, PublicKey>of("akey_1", KEY.getPublic(), "akey_other", OTHER.getPublic())
                    .get(kid));

    private static void refused(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        JoseException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String b64(String s) {
        return Base64Url.encode(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] parts(String jws) {
        return jws.split("\\.", -1);
    }

    @Test
    void aSignedTokenVerifiesIntoItsHeaderAndClaims() {
        String jws = Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate());

        VerifiedJws verified = Jws.verify(jws, KNOWS_KEY, TYP);

        assertThat(verified.header()).isEqualTo(new JwsHeader("ES256", TYP, "akey_1"));
        assertThat(verified.claimsJson()).isEqualTo(CLAIMS);
        assertThat(parts(jws)[2]).hasSize(86); // 64 bytes, P1363 r||s, as base64url
    }

    @Test
    void theHeaderIsExactlyAlgTypKid() {
        String header = new String(Base64Url.decode(parts(Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate()))[0], "h"));
        assertThat(header).isEqualTo("{\"alg\":\"ES256\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\"}");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] p = parts(Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate()));
        String tampered = p[0] + "." + b64(CLAIMS.replace("499", "1")) + "." + p[2];
        refused(Reason.SIGNATURE_MISMATCH, () -> Jws.verify(tampered, KNOWS_KEY, TYP));
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String[] p = parts(Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate()));
        byte[] sig = Base64Url.decode(p[2], "sig");
        sig[10] ^= 1;
        refused(
                Reason.SIGNATURE_MISMATCH,
                () -> Jws.verify(p[0] + "." + p[1] + "." + Base64Url.encode(sig), KNOWS_KEY, TYP));
    }

    @Test
    void aTokenSignedByAnotherKeyUnderThisKidIsRefused() {
        String forged = Jws.sign(TYP, "akey_1", CLAIMS, OTHER.getPrivate());
        refused(Reason.SIGNATURE_MISMATCH, () -> Jws.verify(forged, KNOWS_KEY, TYP));
    }

    @Test
    void aKidSwappedToAnotherKnownKeyIsRefused() {
        String[] p = parts(Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate()));
        String swapped =
                b64("{\"alg\":\"ES256\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_other\"}") + "." + p[1] + "." + p[2];
        refused(Reason.SIGNATURE_MISMATCH, () -> Jws.verify(swapped, KNOWS_KEY, TYP));
    }

    @Test
    void anUnknownKidIsRefused() {
        String jws = Jws.sign(TYP, "akey_unknown", CLAIMS, KEY.getPrivate());
        refused(Reason.UNKNOWN_KEY, () -> Jws.verify(jws, KNOWS_KEY, TYP));
    }

    @Test
    void theWrongTypIsRefused() {
        String receipt = Jws.sign("relaypay-receipt+jwt", "akey_1", CLAIMS, KEY.getPrivate());
        refused(Reason.TYPE_MISMATCH, () -> Jws.verify(receipt, KNOWS_KEY, TYP));
    }

    @Test
    void algNoneWithAnEmptySignatureIsRefused() {
        String none = b64("{\"alg\":\"none\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\"}") + "." + b64(CLAIMS) + ".";
        refused(Reason.ALGORITHM_REFUSED, () -> Jws.verify(none, KNOWS_KEY, TYP));
    }

    @Test
    void algNoneSpelledDifferentlyIsRefused() {
        String none = b64("{\"alg\":\"NONE\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\"}") + "." + b64(CLAIMS) + ".";
        refused(Reason.ALGORITHM_REFUSED, () -> Jws.verify(none, KNOWS_KEY, TYP));
    }

    @Test
    void hs256KeyedWithThePublicKeyBytesIsRefused() throws Exception {
        // The classic confusion: an HMAC "signed" with the verifier's public key as the secret.
        String input = b64("{\"alg\":\"HS256\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\"}") + "." + b64(CLAIMS);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getPublic().getEncoded(), "HmacSHA256"));
        String forged = input + "." + Base64Url.encode(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        refused(Reason.ALGORITHM_REFUSED, () -> Jws.verify(forged, KNOWS_KEY, TYP));
    }

    @Test
    void otherEcAlgorithmsAreRefused() {
        String[] p = parts(Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate()));
        String es384 = b64("{\"alg\":\"ES384\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\"}") + "." + p[1] + "." + p[2];
        refused(Reason.ALGORITHM_REFUSED, () -> Jws.verify(es384, KNOWS_KEY, TYP));
    }

    @Test
    void aMissingAlgIsRefused() {
        String noAlg = b64("{\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\"}") + "." + b64(CLAIMS) + ".AAAA";
        refused(Reason.MALFORMED, () -> Jws.verify(noAlg, KNOWS_KEY, TYP));
    }

    @Test
    void aDuplicatedAlgIsRefused() {
        String dup = b64("{\"alg\":\"none\",\"alg\":\"ES256\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\"}") + "."
                + b64(CLAIMS) + ".AAAA";
        refused(Reason.MALFORMED, () -> Jws.verify(dup, KNOWS_KEY, TYP));
    }

    @Test
    void theAllZeroSignatureIsRefused() {
        String[] p = parts(Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate()));
        String zero = p[0] + "." + p[1] + "." + Base64Url.encode(new byte[64]);
        refused(Reason.SIGNATURE_MISMATCH, () -> Jws.verify(zero, KNOWS_KEY, TYP));
    }

    @Test
    void aDerEncodedSignatureIsRefused() {
        String[] p = parts(Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate()));
        String shortSig = p[0] + "." + p[1] + "." + Base64Url.encode(new byte[70]);
        refused(Reason.SIGNATURE_MISMATCH, () -> Jws.verify(shortSig, KNOWS_KEY, TYP));
    }

    @Test
    void malformedCompactFormsAreRefused() {
        String jws = Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate());
        String[] p = parts(jws);
        for (String bad : new String[] {
            "",
            "abc",
            p[0] + "." + p[1],
            jws + ".",
            p[0] + "=." + p[1] + "." + p[2],
            p[0] + "." + p[1] + "." + p[2] + "*",
            b64("[]") + "." + p[1] + "." + p[2],
            p[0] + "." + b64("not json") + "." + p[2],
            p[0] + "." + b64("[1]") + "." + p[2],
            "x".repeat(Jws.MAX_LENGTH + 1)
        }) {
            refused(Reason.MALFORMED, () -> Jws.verify(bad, KNOWS_KEY, TYP));
        }
        refused(Reason.MALFORMED, () -> Jws.verify(null, KNOWS_KEY, TYP));
    }

    @Test
    void aCritHeaderIsRefused() {
        String crit = b64("{\"alg\":\"ES256\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\",\"crit\":[\"exp\"]}") + "."
                + b64(CLAIMS) + ".AAAA";
        refused(Reason.MALFORMED, () -> Jws.verify(crit, KNOWS_KEY, TYP));
    }

    @Test
    void aResolvedKeyOfAnotherCurveIsRefused() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
        PublicKey p384 = generator.generateKeyPair().getPublic();
        String jws = Jws.sign(TYP, "akey_1", CLAIMS, KEY.getPrivate());
        refused(Reason.INVALID_KEY, () -> Jws.verify(jws, kid -> Optional.of(p384), TYP));
    }

    @Test
    void readUnverifiedShowsTheKidButStillRefusesOtherAlgorithms() {
        String jws = Jws.sign(TYP, "akey_1", CLAIMS, OTHER.getPrivate());
        assertThat(Jws.readUnverified(jws).header().kid()).isEqualTo("akey_1");
        String none = b64("{\"alg\":\"none\",\"typ\":\"" + TYP + "\",\"kid\":\"akey_1\"}") + "." + b64(CLAIMS) + ".";
        refused(Reason.ALGORITHM_REFUSED, () -> Jws.readUnverified(none));
    }
}
