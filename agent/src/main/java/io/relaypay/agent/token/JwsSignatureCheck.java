package io.relaypay.agent.token;

import io.relaypay.agent.interchange.MerchantKey;
import io.relaypay.sdk.jose.JoseException;
import io.relaypay.sdk.jose.Jws;
import java.util.Optional;

/** The SDK's {@link Jws}: ES256 only, the expected {@code typ}, and the one key the token's kid names. */
public final class JwsSignatureCheck implements TokenChecker.SignatureCheck {

    @Override
    public Optional<byte[]> verify(String compact, String typ, MerchantKey key) {
        try {
            return Optional.of(Jws.verify(
                            compact,
                            kid -> kid.equals(key.kid()) ? Optional.of(key.publicKey()) : Optional.empty(),
                            typ)
                    .claims());
        } catch (JoseException e) {
            return Optional.empty();
        }
    }
}
