package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request to link an account to a user; valid once constructed (each reference checks itself).
 *
 * @param reference what is linked
 * @param label a name to show instead of the generated one; never a long number, so a card number
 *     typed into it cannot end up on screen
 * @param verified whether the account is known to belong to the user
 * @param makeDefault whether it becomes the user's default of its kind (the first of a kind always does)
 */
public record NewLinkedAccount(Reference reference, Optional<String> label, boolean verified, boolean makeDefault) {

    /** Longest label. */
    public static final int MAX_LABEL = 60;

    /** Checks the label. */
    public NewLinkedAccount {
        Objects.requireNonNull(reference, "reference");
        label = FieldText.optional(Objects.requireNonNull(label, "label"), "label", MAX_LABEL);
        if (label.filter(FieldText::hasLongNumber).isPresent()) {
            throw ApiException.invalid("label", "label must not contain an account or card number");
        }
    }

    /** What the request links, by kind. */
    public sealed interface Reference {

        /** The kind of account. */
        AccountKind kind();

        /**
         * A card as typed; only its brand, last four digits and expiry are kept, with the vault's token.
         *
         * @param digits the number's digits, Luhn-checked
         * @param expMonth 1 to 12
         * @param expYear four digits
         */
        record Card(String digits, int expMonth, int expYear) implements Reference {
            /** Reads the number as typed and checks the expiry's shape (whether it passed is the service's call). */
            public Card {
                digits = CardNumbers.digits(digits)
                        .orElseThrow(() -> ApiException.invalid("number", "number is not a valid card number"));
                if (expMonth < 1 || expMonth > 12) {
                    throw ApiException.invalid("exp_month", "exp_month is 1 to 12");
                }
                if (expYear < 2000 || expYear > 2099) {
                    throw ApiException.invalid("exp_year", "exp_year has four digits, such as 2030");
                }
            }

            @Override
            public AccountKind kind() {
                return AccountKind.CARD;
            }

            /** The last four digits. */
            public String last4() {
                return digits.substring(digits.length() - 4);
            }

            @Override
            public String toString() {
                return "Card[\u2022\u2022\u2022\u2022 " + last4() + ", " + expMonth + "/" + expYear + "]";
            }
        }

        /**
         * A bank account by IBAN; kept sealed, shown masked.
         *
         * @param iban compact upper-case IBAN, checked
         */
        record Bank(String iban) implements Reference {
            /** Reads the IBAN as typed. */
            public Bank {
                iban = Ibans.parse(iban).orElseThrow(() -> ApiException.invalid("iban", "iban is not a valid IBAN"));
            }

            @Override
            public AccountKind kind() {
                return AccountKind.BANK;
            }

            @Override
            public String toString() {
                return "Bank[" + Ibans.masked(iban) + "]";
            }
        }

        /**
         * An account with a wallet provider.
         *
         * @param provider the provider's short name, lower-case ({@code paypal})
         * @param account the user's id at the provider
         */
        record Wallet(String provider, String account) implements Reference {
            private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

            /** Checks both parts. */
            public Wallet {
                provider = FieldText.required(provider, "provider", 40).toLowerCase(Locale.ROOT);
                if (!PROVIDER.matcher(provider).matches()) {
                    throw ApiException.invalid(
                            "provider", "provider is a short name such as paypal (a-z, 0-9, - and _)");
                }
                account = FieldText.required(account, "wallet_account", 100);
            }

            @Override
            public AccountKind kind() {
                return AccountKind.WALLET;
            }
        }

        /**
         * An email address.
         *
         * @param address the address, its domain in lower case
         */
        record Email(String address) implements Reference {
            private static final Pattern ADDRESS = Pattern.compile(
                    "[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

            /** Checks the address's shape. */
            public Email {
                address = FieldText.required(address, "email", 254);
                if (!ADDRESS.matcher(address).matches()) {
                    throw ApiException.invalid("email", "email is not an email address");
                }
                int at = address.lastIndexOf('@');
                address = address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
            }

            @Override
            public AccountKind kind() {
                return AccountKind.EMAIL;
            }
        }
    }
}
