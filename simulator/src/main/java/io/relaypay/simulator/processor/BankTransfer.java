package io.relaypay.simulator.processor;

import java.time.Instant;

/**
 * An ACH-style debit (money from the account holder) or credit (money to them). It stays pending
 * until {@link #settlesAt()}, then settles or is returned with a NACHA return code.
 *
 * @param id {@code bt_...}
 * @param direction debit or credit
 * @param accountNumber the bank account: a domestic number or an IBAN
 * @param routingNumber the bank, empty for an IBAN
 * @param amount minor units
 * @param currency ISO-4217 code
 * @param reference the client's reference
 * @param status where it is
 * @param returnCode {@code R01}, {@code R03}, ... when returned; empty otherwise
 * @param created when it was made
 * @param settlesAt when it settles or returns, by the processor's clock
 */
public record BankTransfer(
        String id,
        Direction direction,
        String accountNumber,
        String routingNumber,
        long amount,
        String currency,
        String reference,
        Status status,
        String returnCode,
        Instant created,
        Instant settlesAt) {

    /** Which way the money goes. */
    public enum Direction {
        /** From the account holder to the processor's client. */
        DEBIT,
        /** From the processor's client to the account holder. */
        CREDIT
    }

    /** The states of a bank transfer. */
    public enum Status {
        /** Sent to the bank, not settled yet. */
        PENDING,
        /** The money moved. */
        SETTLED,
        /** The bank sent it back; the money did not move. */
        RETURNED
    }

    /** The test account that returns R01 (insufficient funds); any account ending in its digits does. */
    public static final String INSUFFICIENT_FUNDS_ACCOUNT = "000222222227";
    /** The test account that returns R03 (no account); any account ending in its digits does. */
    public static final String NO_ACCOUNT = "000111111116";

    /** The last four digits of the account. */
    public String last4() {
        return accountNumber.substring(Math.max(0, accountNumber.length() - 4));
    }

    BankTransfer settled() {
        String code;
        if (accountNumber.endsWith(NO_ACCOUNT.substring(3))) {
            code = "R03";
        } else if (accountNumber.endsWith(INSUFFICIENT_FUNDS_ACCOUNT.substring(3)) && direction == Direction.DEBIT) {
            code = "R01";
        } else {
            code = "";
        }
        return new BankTransfer(
                id,
                direction,
                accountNumber,
                routingNumber,
                amount,
                currency,
                reference,
                code.isEmpty() ? Status.SETTLED : Status.RETURNED,
                code,
                created,
                settlesAt);
    }

    /** What a return code means. */
    public static String returnReason(String code) {
        return switch (code) {
            case "R01" -> "Insufficient funds";
            case "R03" -> "No account/unable to locate account";
            default -> "";
        };
    }
}
