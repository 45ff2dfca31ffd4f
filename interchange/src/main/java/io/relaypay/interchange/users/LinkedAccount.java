package io.relaypay.interchange.users;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An account linked to a user, as stored: nothing in it reveals a full card number or IBAN.
 *
 * @param id {@code la_…}
 * @param userId whose it is
 * @param label what people see
 * @param details what is kept of the reference, by kind
 * @param fingerprint keyed hash of the full reference ({@link Fingerprints})
 * @param verified whether it is known to belong to the user
 * @param isDefault whether it is the user's default of its kind
 * @param createdAt when it was linked
 */
public record LinkedAccount(
        String id,
        String userId,
        String label,
        Details details,
        String fingerprint,
        boolean verified,
        boolean isDefault,
        Instant createdAt) {

    /** Requires every part. */
    public LinkedAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The kind, from the details. */
    public AccountKind kind() {
        return details.kind();
    }

    /** This account as the default of its kind, or not. */
    public LinkedAccount withDefault(boolean value) {
        return new LinkedAccount(id, userId, label, details, fingerprint, verified, value, createdAt);
    }

    /** What is kept of a reference. */
    public sealed interface Details {

        /** The kind these details belong to. */
        AccountKind kind();

        /** The label shown when none was given. */
        String defaultLabel();

        /**
         * A card: never its number.
         *
         * @param brand visa, mastercard, …
         * @param last4 the number's last four digits
         * @param expMonth 1 to 12
         * @param expYear four digits
         * @param token the processor's token
         */
        record Card(String brand, String last4, int expMonth, int expYear, String token) implements Details {
            @Override
            public AccountKind kind() {
                return AccountKind.CARD;
            }

            @Override
            public String defaultLabel() {
                String name = brand.equals("unknown")
                        ? "Card"
                        : brand.substring(0, 1).toUpperCase(Locale.ROOT) + brand.substring(1);
                return name + " \u2022\u2022\u2022\u2022 " + last4;
            }
        }

        /**
         * A bank account.
         *
         * @param country the IBAN's country
         * @param masked the IBAN with all but the last four characters hidden
         * @param last4 its last four characters
         * @param sealedIban the full IBAN sealed with the master key ({@code SecretBox}); never shown
         */
        record Bank(String country, String masked, String last4, String sealedIban) implements Details {
            @Override
            public AccountKind kind() {
                return AccountKind.BANK;
            }

            @Override
            public String defaultLabel() {
                return "Bank account \u2022\u2022\u2022\u2022 " + last4;
            }

            @Override
            public String toString() {
                return "Bank[" + masked + "]";
            }
        }

        /**
         * An account with a wallet provider.
         *
         * @param provider the provider's short name
         * @param account the user's id there
         */
        record Wallet(String provider, String account) implements Details {
            @Override
            public AccountKind kind() {
                return AccountKind.WALLET;
            }

            @Override
            public String defaultLabel() {
                return provider + " wallet";
            }
        }

        /**
         * An email address.
         *
         * @param address the address
         */
        record Email(String address) implements Details {
            @Override
            public AccountKind kind() {
                return AccountKind.EMAIL;
            }

            @Override
            public String defaultLabel() {
                return address.length() <= NewLinkedAccount.MAX_LABEL ? address : "Email";
            }
        }
    }
}
