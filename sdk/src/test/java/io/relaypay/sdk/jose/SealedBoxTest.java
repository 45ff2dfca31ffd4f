package io.relaypay.sdk.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.sdk.jose.JoseException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The PIN sealed box: round trip, fresh randomness, tampering and the wrong key. */
class SealedBoxTest {

    private static final KeyPair SERVER = EcKeys.generate();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static void refused(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        JoseException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String withField(String box, String field, String value) {
        ObjectNode node = (ObjectNode) JSON.readTree(box);
        node.put(field, value);
        return JSON.writeValueAsString(node);
    }

    @Test
    void aPinSealedToTheServerKeyOpensWithItsPrivateKey() {
        char[] pin = {'4', '8', '1', '5'};
        String box = SealedBox.seal(pin, SERVER.getPublic());

        assertThat(SealedBox.openChars(box, SERVER.getPrivate())).containsExactly('4', '8', '1', '5');
        assertThat(pin).containsExactly('4', '8', '1', '5'); // the caller's array is the caller's to zero
    }

    @Test
    void theWireFormIsEpkIvCt() {
        ObjectNode box =
                (ObjectNode) JSON.readTree(SealedBox.seal("1234".getBytes(StandardCharsets.UTF_8), SERVER.getPublic()));
        assertThat(box.propertyNames()).containsExactlyInAnyOrder("epk", "iv", "ct");
        assertThat(Base64Url.decode(box.get("iv").asString(), "iv")).hasSize(12);
        assertThat(Base64Url.decode(box.get("ct").asString(), "ct")).hasSize(4 + 16);
        EcKeys.decodePublic(box.get("epk").asString());
    }

    @Test
    void sealingTwiceGivesDifferentBoxes() {
        byte[] pin = "1234".getBytes(StandardCharsets.UTF_8);
        assertThat(SealedBox.seal(pin, SERVER.getPublic())).isNotEqualTo(SealedBox.seal(pin, SERVER.getPublic()));
    }

    @Test
    void aBoxSealedToAnotherKeyDoesNotOpen() {
        String box = SealedBox.seal(
                "1234".getBytes(StandardCharsets.UTF_8), EcKeys.generate().getPublic());
        refused(Reason.DECRYPTION_FAILED, () -> SealedBox.open(box, SERVER.getPrivate()));
    }

    @Test
    void aTamperedCiphertextDoesNotOpen() {
        String box = SealedBox.seal("1234".getBytes(StandardCharsets.UTF_8), SERVER.getPublic());
        byte[] ct = Base64Url.decode(JSON.readTree(box).get("ct").asString(), "ct");
        ct[0] ^= 1;
        refused(
                Reason.DECRYPTION_FAILED,
                () -> SealedBox.open(withField(box, "ct", Base64Url.encode(ct)), SERVER.getPrivate()));
    }

    @Test
    void aSwappedEphemeralKeyDoesNotOpen() {
        String box = SealedBox.seal("1234".getBytes(StandardCharsets.UTF_8), SERVER.getPublic());
        String other = EcKeys.encodePublic(EcKeys.generate().getPublic());
        refused(Reason.DECRYPTION_FAILED, () -> SealedBox.open(withField(box, "epk", other), SERVER.getPrivate()));
    }

    @Test
    void malformedBoxesAreRefused() {
        String box = SealedBox.seal("1234".getBytes(StandardCharsets.UTF_8), SERVER.getPublic());
        refused(Reason.MALFORMED, () -> SealedBox.open("not json", SERVER.getPrivate()));
        refused(Reason.MALFORMED, () -> SealedBox.open("{}", SERVER.getPrivate()));
        refused(Reason.MALFORMED, () -> SealedBox.open(withField(box, "iv", "AAAA"), SERVER.getPrivate()));
        refused(Reason.MALFORMED, () -> SealedBox.open(withField(box, "epk", "AAAA"), SERVER.getPrivate()));
        refused(Reason.MALFORMED, () -> SealedBox.open(null, SERVER.getPrivate()));
    }
}
