package io.relaypay.interchange.funding;

import java.util.Objects;

/** What is charged: never a full card number, only what the processor or carrier needs. */
public sealed interface Instrument {

    /** Which source charges it. */
    FundingKind kind();

    /** What may be logged and shown. */
    String display();

    /**
     * A card, by the processor's token.
     *
     * @param token {@code tok_...}
     * @param last4 for display
     */
    record Card(String token, String last4) implements Instrument {
        /** Requires both. */
        public Card {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(last4, "last4");
        }

        @Override
        public FundingKind kind() {
            return FundingKind.CARD;
        }

        @Override
        public String display() {
            return "card ..." + last4;
        }
    }

    /**
     * A bank account.
     *
     * @param accountNumber the account (an IBAN or a domestic account number); never logged
     * @param routingNumber the bank's routing number, or empty when the IBAN names the bank
     */
    record BankAccount(String accountNumber, String routingNumber) implements Instrument {
        /** Requires both. */
        public BankAccount {
            Objects.requireNonNull(accountNumber, "accountNumber");
            Objects.requireNonNull(routingNumber, "routingNumber");
        }

        @Override
        public FundingKind kind() {
            return FundingKind.BANK;
        }

        @Override
        public String display() {
            return "bank ..." + accountNumber.substring(Math.max(0, accountNumber.length() - 4));
        }

        @Override
        public String toString() {
            return "BankAccount[" + display() + "]";
        }
    }

    /**
     * A stored-value account at the processor.
     *
     * @param email the account's address
     */
    record StoredValue(String email) implements Instrument {
        /** Requires the address. */
        public StoredValue {
            Objects.requireNonNull(email, "email");
        }

        @Override
        public FundingKind kind() {
            return FundingKind.STORED_VALUE;
        }

        @Override
        public String display() {
            return "stored value " + email;
        }
    }

    /**
     * A phone bill.
     *
     * @param carrier the carrier's name, which billing API to ask
     * @param phoneNumber E.164
     */
    record PhoneBill(String carrier, String phoneNumber) implements Instrument {
        /** Requires both. */
        public PhoneBill {
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(phoneNumber, "phoneNumber");
        }

        @Override
        public FundingKind kind() {
            return FundingKind.OPERATOR_BILLING;
        }

        @Override
        public String display() {
            return "phone bill " + carrier;
        }
    }
}
