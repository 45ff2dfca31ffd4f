package io.relaypay.sdk.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.sdk.agent.AgentTokenException.Reason;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Jws;
import io.relaypay.sdk.jose.KeyResolver;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Payment tokens and receipts: round trips, expiry, nonce and merchant binding, tampering. */
class PaymentTokensAndReceiptsTest {

    private static final Instant NOW = Instant.ofEpochSecond(1795421000);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final KeyPair MERCHANT = EcKeys.generate();
    private static final KeyPair INTERCHANGE = EcKeys.generate();
    private static final KeyResolver MERCHANT_KEYS =
            kid -> kid.equals("akey_1") ? Optional.of(MERCHANT.getPublic()) : Optional.empty();
    private static final ReceiptKeys RECEIPT_KEYS =
            ReceiptKeys.of(Map.<String, PublicKey>of("rk_1", INTERCHANGE.getPublic()));

    private static void refused(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AgentTokenException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String token(Duration lifetime) {
        return PaymentTokens.create(
                "akey_1",
                MERCHANT.getPrivate(),
                "acct_1",
                499,
                "EUR",
                "order-1042",
                Optional.of("Stage 2"),
                "https://shop.example",
                lifetime,
                CLOCK);
    }

    private static Receipt receipt(String nonce) {
        return new Receipt(
                "pay_1", Receipt.SUCCEEDED, "acct_1", 499, "EUR", "order-1042", nonce, Optional.of("5671"), NOW);
    }

    @Test
    void aCreatedTokenVerifiesIntoItsClaims() {
        PaymentToken claims = PaymentTokens.verify(token(Duration.ofMinutes(5)), MERCHANT_KEYS, CLOCK);

        assertThat(claims.merchant()).isEqualTo("acct_1");
        assertThat(claims.amount()).isEqualTo(499);
        assertThat(claims.origin()).isEqualTo("https://shop.example");
        assertThat(claims.nonce()).hasSize(43);
        assertThat(claims.expiresAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = token(Duration.ofMinutes(5));
        refused(
                Reason.EXPIRED,
                () -> PaymentTokens.verify(token, MERCHANT_KEYS, Clock.offset(CLOCK, Duration.ofMinutes(5))));
    }

    @Test
    void aTokenLivingLongerThanTenMinutesCannotBeMade() {
        refused(Reason.CLAIMS_INVALID, () -> token(Duration.ofSeconds(601)));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        String token = PaymentTokens.create(
                "akey_1",
                EcKeys.generate().getPrivate(),
                "acct_1",
                1,
                "EUR",
                "r",
                Optional.empty(),
                "https://a.example",
                Duration.ofMinutes(1),
                CLOCK);
        refused(Reason.SIGNATURE_INVALID, () -> PaymentTokens.verify(token, MERCHANT_KEYS, CLOCK));
    }

    @Test
    void aReceiptIsNotAPaymentToken() {
        String receipt = Jws.sign(Receipts.TYP, "akey_1", "{}", MERCHANT.getPrivate());
        refused(Reason.SIGNATURE_INVALID, () -> PaymentTokens.verify(receipt, MERCHANT_KEYS, CLOCK));
    }

    @Test
    void aSignedReceiptVerifiesForItsNonceAndMerchant() {
        String jws = Receipts.sign(receipt("n0nce-n0nce-n0nce-n0nce"), "rk_1", INTERCHANGE.getPrivate());

        Receipt verified = Receipts.verify(jws, RECEIPT_KEYS, "n0nce-n0nce-n0nce-n0nce", "acct_1");

        assertThat(verified).isEqualTo(receipt("n0nce-n0nce-n0nce-n0nce"));
        assertThat(verified.succeeded()).isTrue();
    }

    @Test
    void aReceiptForAnotherNonceOrMerchantIsRefused() {
        String jws = Receipts.sign(receipt("n0nce-n0nce-n0nce-n0nce"), "rk_1", INTERCHANGE.getPrivate());
        refused(Reason.NONCE_MISMATCH, () -> Receipts.verify(jws, RECEIPT_KEYS, "other-other-other-other"));
        refused(
                Reason.MERCHANT_MISMATCH,
                () -> Receipts.verify(jws, RECEIPT_KEYS, "n0nce-n0nce-n0nce-n0nce", "acct_2"));
    }

    @Test
    void aReceiptSignedByTheMerchantsOwnKeyIsRefused() {
        String forged = Receipts.sign(receipt("n"), "rk_1", MERCHANT.getPrivate());
        refused(Reason.SIGNATURE_INVALID, () -> Receipts.verify(forged, RECEIPT_KEYS, "n"));
    }

    @Test
    void receiptKeysParseTheListing() {
        String json = "{\"keys\":[{\"kid\":\"rk_1\",\"public_key\":\"" + EcKeys.encodePublic(INTERCHANGE.getPublic())
                + "\"}]}";
        assertThat(ReceiptKeys.parse(json).resolve("rk_1")).contains(INTERCHANGE.getPublic());
        assertThat(ReceiptKeys.parse(json).resolve("rk_2")).isEmpty();
    }
}
