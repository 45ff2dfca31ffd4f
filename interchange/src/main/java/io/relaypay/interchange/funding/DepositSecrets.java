package io.relaypay.interchange.funding;

import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.users.Pin;
import io.relaypay.interchange.users.PinCheck;
import io.relaypay.interchange.users.UserService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Checks what a user typed or replied against a deposit's confirmation: one of the codes sent by
 * SMS (compared as hashes, in constant time) or the user's PIN (counted by the user service, so
 * wrong PINs here lock PIN entry as anywhere else).
 */
final class DepositSecrets {

    private final UserService users;

    DepositSecrets(UserService users) {
        this.users = users;
    }

    boolean matches(Deposit deposit, String secret) {
        return switch (deposit.confirmBy()) {
            case SMS_CODE -> {
                byte[] typed = ConfirmationCodes.hash(deposit.id(), ConfirmationCodes.normalize(secret))
                        .getBytes(StandardCharsets.US_ASCII);
                yield deposit.codeHash().stream()
                        .flatMap(h -> Arrays.stream(h.split(" ")))
                        .anyMatch(h -> MessageDigest.isEqual(h.getBytes(StandardCharsets.US_ASCII), typed));
            }
            case PIN -> {
                char[] typed = secret == null ? new char[0] : secret.toCharArray();
                if (!Pin.valid(typed)) {
                    yield false;
                }
                try (Pin pin = Pin.of(typed)) {
                    yield users.checkPin(deposit.userId(), pin) instanceof PinCheck.Correct;
                }
            }
        };
    }
}
