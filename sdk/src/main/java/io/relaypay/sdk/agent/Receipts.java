package io.relaypay.sdk.agent;

import static java.util.Objects.requireNonNull;

import io.relaypay.sdk.agent.AgentTokenException.Reason;
import io.relaypay.sdk.jose.JoseException;
import io.relaypay.sdk.jose.Jws;
import io.relaypay.sdk.jose.KeyResolver;
import io.relaypay.sdk.jose.VerifiedJws;
import io.relaypay.sdk.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;

/**
 * Receipts: the interchange signs one for every payment made through the agent; the merchant's server
 * verifies it before delivering, with the interchange's public keys from {@code GET /v1/receipt_keys}
 * ({@link ReceiptKeys}).
 *
 * <pre>{@code
 * Receipt receipt = Receipts.verify(receiptJws, receiptKeys, nonceOfTheTokenIssued, "mer_…");
 * if (receipt.succeeded()) deliver(receipt.reference());
 * }</pre>
 */
public final class Receipts {

    /** The JWS {@code typ} of a receipt. */
    public static final String TYP = "relaypay-receipt+jwt";

    private Receipts() {}

    /**
     * The receipt after checking signature and type, that it answers the token with {@code expectedNonce}.
     *
     * @throws AgentTokenException if any check fails
     */
    public static Receipt verify(String receipt, KeyResolver keys, String expectedNonce) {
        VerifiedJws jws;
        try {
            jws = Jws.verify(receipt, keys, TYP);
        } catch (JoseException e) {
            throw new AgentTokenException(Reason.SIGNATURE_INVALID, "receipt: " + e.getMessage(), e);
        }
        Receipt parsed = claimsOf(jws);
        if (!constantTimeEquals(parsed.nonce(), requireNonNull(expectedNonce, "expectedNonce"))) {
            throw new AgentTokenException(Reason.NONCE_MISMATCH, "receipt answers another token");
        }
        return parsed;
    }

    /**
     * As {@link #verify(String, KeyResolver, String)}, and that it is for {@code expectedMerchant}.
     *
     * @throws AgentTokenException if any check fails
     */
    public static Receipt verify(String receipt, KeyResolver keys, String expectedNonce, String expectedMerchant) {
        Receipt parsed = verify(receipt, keys, expectedNonce);
        if (!parsed.merchant().equals(requireNonNull(expectedMerchant, "expectedMerchant"))) {
            throw new AgentTokenException(Reason.MERCHANT_MISMATCH, "receipt is for merchant " + parsed.merchant());
        }
        return parsed;
    }

    /** {@code receipt} signed as a compact JWS under {@code kid}: the interchange's side. */
    public static String sign(Receipt receipt, String kid, PrivateKey key) {
        JsonObject.Builder claims = JsonObject.builder()
                .put("payment", receipt.payment())
                .put("status", receipt.status())
                .put("merchant", receipt.merchant())
                .put("amount", receipt.amount())
                .put("currency", receipt.currency())
                .put("reference", receipt.reference())
                .put("nonce", receipt.nonce());
        receipt.phoneLast4().ifPresent(p -> claims.put("phone_last4", p));
        claims.put("iat", receipt.issuedAt().getEpochSecond());
        return Jws.sign(TYP, kid, claims.toJsonBytes(), key);
    }

    private static Receipt claimsOf(VerifiedJws jws) {
        Claims c = Claims.of(jws.claims());
        String status = c.text("status");
        if (!status.equals(Receipt.SUCCEEDED) && !status.equals(Receipt.FAILED)) {
            throw new AgentTokenException(Reason.CLAIMS_INVALID, "receipt status '" + status + "' is unknown");
        }
        return new Receipt(
                c.text("payment"),
                status,
                c.text("merchant"),
                c.integer("amount"),
                c.text("currency"),
                c.text("reference"),
                c.text("nonce"),
                c.optionalText("phone_last4"),
                c.seconds("iat"));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
