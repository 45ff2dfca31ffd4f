package io.relaypay.interchange.deposits;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.routing.E164;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to deposit; an invalid one cannot be built.
 *
 * @param phoneNumber the phone to bill and whose user to credit (E.164)
 * @param amount what to deposit, in minor units
 * @param currency ISO-4217
 * @param source where the request came from
 * @param idempotencyKey repeats with this key return the first deposit
 */
public record NewDeposit(
        String phoneNumber, long amount, String currency, DepositSource source, Optional<String> idempotencyKey) {

    /** Checks every field; a bad one is an {@code invalid-request} naming it. */
    public NewDeposit {
        if (phoneNumber == null || !E164.isValid(phoneNumber)) {
            throw ApiException.invalid("phone_number", "the phone number must be E.164, such as +4915112345678");
        }
        Amounts.positive(amount, "amount");
        Amounts.currency(currency, "currency");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.filter(k -> k.isBlank() || k.length() > 200).isPresent()) {
            throw ApiException.invalid("idempotency_key", "an idempotency key is 1 to 200 characters");
        }
    }
}
