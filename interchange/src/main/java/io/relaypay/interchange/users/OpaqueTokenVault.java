package io.relaypay.interchange.users;

import io.relaypay.interchange.common.Ids;
import java.util.Objects;

/**
 * Stands in for a processor's vault until one is connected: hands out a random {@code tok_…} and
 * keeps nothing, so the card number is gone once the request is answered. No card can be charged
 * through such a token; a real processor's {@link CardVault} replaces this.
 */
public final class OpaqueTokenVault implements CardVault {

    private final Ids ids;

    /** A vault naming tokens with {@code ids}. */
    public OpaqueTokenVault(Ids ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public String tokenize(String digits, int expMonth, int expYear) {
        return ids.next("tok");
    }
}
