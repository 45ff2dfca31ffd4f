package io.relaypay.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.sdk.SignatureVerificationException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzing the {@code Relaypay-Signature} parser and verifier: whatever the header, the only way to be
 * refused is a {@link SignatureVerificationException}, and nothing but the true signature is accepted.
 */
class SignatureHeaderProperties {

    private static final String SECRET = "whsec_fuzz";
    private static final String BODY = "{\"id\":\"evt_1\"}";
    private static final long T = 1795421000;
    private static final Clock AT_T = Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC);
    private static final String VALID = Webhooks.sign(BODY, SECRET, Instant.ofEpochSecond(T));

    @Property(tries = 2000)
    void anyTextHeaderIsRefusedOnlyWithSignatureVerificationException(@ForAll @Size(max = 300) String header) {
        assertRefusedCleanly(header);
    }

    @Property(tries = 3000)
    void headersBuiltFromSignatureLikePiecesAreRefusedOnlyWithSignatureVerificationException(
            @ForAll("headerLike") String header) {
        assertRefusedCleanly(header);
    }

    @Property(tries = 500)
    void theValidHeaderStillVerifiesWithUnknownSchemesAround(
            @ForAll("otherSchemes") List<String> before, @ForAll("otherSchemes") List<String> after) {
        String header = String.join(",", before)
                + (before.isEmpty() ? "" : ",")
                + VALID
                + (after.isEmpty() ? "" : ",")
                + String.join(",", after);

        Webhooks.verify(BODY.getBytes(), header, SECRET, AT_T, Webhooks.DEFAULT_TOLERANCE);
    }

    @Property(tries = 500)
    void changingAnyOneSignatureDigitIsAMismatch(@ForAll("positions") int position, @ForAll("hexDigits") char digit) {
        int at = VALID.indexOf("v1=") + 3 + position;
        String changed = VALID.substring(0, at) + digit + VALID.substring(at + 1);
        if (Character.toLowerCase(digit) == VALID.charAt(at)) {
            return;
        }
        assertRefused(changed, Reason.SIGNATURE_MISMATCH);
    }

    private static void assertRefusedCleanly(String header) {
        try {
            Webhooks.verify(BODY.getBytes(), header, SECRET, AT_T, Webhooks.DEFAULT_TOLERANCE);
            // Only the true signature may pass, in whatever company.
            assertThat(header).contains(VALID.substring(VALID.indexOf("v1=") + 3));
        } catch (SignatureVerificationException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private static void assertRefused(String header, Reason reason) {
        try {
            Webhooks.verify(BODY.getBytes(), header, SECRET, AT_T, Webhooks.DEFAULT_TOLERANCE);
            throw new AssertionError("accepted " + header);
        } catch (SignatureVerificationException e) {
            assertThat(e.reason()).isEqualTo(reason);
        }
    }

    @Provide
    Arbitrary<String> headerLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("t=", "v1=", "v0=", "=", ",", " ", ",,", "t", "v1", "\t", "-", "+", "0x"),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(20),
                Arbitraries.strings()
                        .withChars("0123456789abcdefABCDEFg")
                        .ofMinLength(60)
                        .ofMaxLength(68),
                Arbitraries.just(Long.toString(T)),
                Arbitraries.just(VALID),
                Arbitraries.strings().ofMaxLength(5));
        return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<String>> otherSchemes() {
        Arbitrary<String> entry = Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(6)
                .filter(k -> !k.equals("t") && !k.equals("v1"))
                .flatMap(key ->
                        Arbitraries.strings().alpha().numeric().ofMaxLength(70).map(value -> key + "=" + value));
        return entry.list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 63);
    }

    @Provide
    Arbitrary<Character> hexDigits() {
        return Arbitraries.chars().with("0123456789abcdef".toCharArray());
    }
}
