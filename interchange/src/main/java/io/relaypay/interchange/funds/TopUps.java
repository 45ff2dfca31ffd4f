package io.relaypay.interchange.funds;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.routing.E164;
import java.util.Objects;

/**
 * Test-mode top-ups of a buyer's balance from the external account, so the demo and tests can give
 * a buyer money to pay with. Idempotent by reference: the same reference with the same amount
 * credits once; with another amount or currency it is refused.
 */
public final class TopUps {

    private final Bookings bookings;
    private final BuyerDirectory buyers;

    /** Top-ups through {@code bookings}. */
    public TopUps(Bookings bookings, BuyerDirectory buyers) {
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
    }

    /**
     * A top-up that was made.
     *
     * @param userId the buyer credited
     * @param repeated whether the reference had been credited before (nothing moved now)
     */
    public record Credited(String userId, boolean repeated) {}

    /** Credits {@code amount} to the test-mode wallet of the buyer at {@code phoneNumber}. */
    public Credited credit(String phoneNumber, long amount, String currency, String reference) {
        if (!E164.isValid(phoneNumber)) {
            throw ApiException.invalid("phone", "the phone number must be E.164, such as +4915112345678");
        }
        Amounts.positive(amount, "amount");
        Amounts.currency(currency, "currency");
        if (reference == null || reference.isBlank() || reference.length() > 200) {
            throw ApiException.invalid("reference", "reference is required, 1 to 200 characters");
        }
        String user = buyers.findOrCreate(phoneNumber);
        return switch (bookings.topUp(user, amount, currency, reference)) {
            case CREDITED -> new Credited(user, false);
            case REPEATED -> new Credited(user, true);
            case CONFLICT ->
                throw new ApiException(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "reference " + reference + " was used for another credit to this number",
                        "reference");
        };
    }
}
