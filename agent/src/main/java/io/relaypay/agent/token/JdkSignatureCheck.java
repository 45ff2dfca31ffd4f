package io.relaypay.agent.token;

import io.relaypay.agent.interchange.MerchantKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * ES256 verification of a compact JWS with the JDK alone (the header's {@code alg} and {@code typ}
 * are checked by {@link TokenChecker} before this runs): the signature is the 64-byte P1363 form.
 */
public final class JdkSignatureCheck implements TokenChecker.SignatureCheck {

    @Override
    public Optional<byte[]> verify(String compact, String typ, MerchantKey key) {
        int last = compact.lastIndexOf('.');
        int first = compact.indexOf('.');
        if (first < 0 || last <= first) {
            return Optional.empty();
        }
        try {
            byte[] signature = Base64.getUrlDecoder().decode(compact.substring(last + 1));
            if (signature.length != 64) {
                return Optional.empty();
            }
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(key.publicKey());
            verifier.update(compact.substring(0, last).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(signature)) {
                return Optional.empty();
            }
            return Optional.of(Base64.getUrlDecoder().decode(compact.substring(first + 1, last)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
