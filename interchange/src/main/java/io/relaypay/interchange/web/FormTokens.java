package io.relaypay.interchange.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that the hosted pages' forms carry and their POSTs must return: an HMAC-SHA256 of the
 * object the form acts on (a payment, a PIN challenge) under a server key. A page that did not come
 * from us cannot know the token, so another site cannot make a buyer's browser post to our forms.
 * The pages keep no session, so a token per object is as strong as one per session would be.
 */
public final class FormTokens {

    /** The form field carrying the token. */
    public static final String FIELD = "csrf";

    private final SecretKeySpec key;

    /** Tokens under {@code key} (at least 32 bytes). */
    public FormTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the form token key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The token for forms acting on {@code subject} (e.g. {@code checkout:pay_…}). */
    public String token(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** Refuses (403 {@code invalid-form-token}) unless {@code presented} is the token for {@code subject}. */
    public void check(String subject, String presented) {
        byte[] expected = token(subject).getBytes(StandardCharsets.US_ASCII);
        byte[] given = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new ApiException(
                    ProblemType.INVALID_FORM_TOKEN,
                    "the form token is missing or wrong; reload the page and try again");
        }
    }
}
