package io.relaypay.simulator.processor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stored-value accounts, each named by an email address and holding one currency, and the payments
 * and refunds made on them. Thread-safe.
 */
public final class StoredValue {

    /**
     * An account's balance.
     *
     * @param email the account (lower case)
     * @param currency ISO-4217 code
     * @param balance minor units
     */
    public record Account(String email, String currency, long balance) {}

    private final Clock clock;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, StoredValuePayment> payments = new LinkedHashMap<>();
    private final Map<String, List<Refund>> refunds = new LinkedHashMap<>();

    StoredValue(Clock clock) {
        this.clock = clock;
    }

    /** Opens the account if need be and adds {@code amount} to it. */
    public synchronized Account fund(String email, String currency, long amount) {
        String key = key(email);
        if (amount < 0) {
            throw ProcessorException.invalid("amount must not be negative");
        }
        Account account = accounts.getOrDefault(key, new Account(key, currency, 0));
        if (!account.currency().equals(currency)) {
            throw ProcessorException.invalid(key + " holds " + account.currency());
        }
        account = new Account(key, currency, account.balance() + amount);
        accounts.put(key, account);
        return account;
    }

    /** The account, if it exists. */
    public synchronized Optional<Account> account(String email) {
        return Optional.ofNullable(accounts.get(key(email)));
    }

    /** Charges the account: succeeded, or declined when it is missing, short or in another currency. */
    public synchronized StoredValuePayment charge(
            String email, long amount, String currency, String reference, boolean declineAll) {
        Cards.requirePositive(amount);
        String key = key(email);
        Account account = accounts.get(key);
        String decline;
        if (declineAll) {
            decline = "generic_decline";
        } else if (account == null) {
            decline = "no_account";
        } else if (!account.currency().equals(currency)) {
            decline = "currency_mismatch";
        } else if (account.balance() < amount) {
            decline = "insufficient_funds";
        } else {
            decline = "";
            accounts.put(key, new Account(key, currency, account.balance() - amount));
        }
        StoredValuePayment payment = new StoredValuePayment(
                Ids.next("sv"), key, amount, currency, reference, decline.isEmpty(), decline, 0, clock.instant());
        payments.put(payment.id(), payment);
        return payment;
    }

    /** Gives {@code amount} back to the account; never more than was charged and not refunded. */
    public synchronized Refund refund(String paymentId, long amount) {
        StoredValuePayment payment =
                payment(paymentId).orElseThrow(() -> ProcessorException.notFound("payment", paymentId));
        if (!payment.succeeded()) {
            throw ProcessorException.state(paymentId + " was declined");
        }
        Cards.requirePositive(amount);
        long left = payment.amount() - payment.amountRefunded();
        if (amount > left) {
            throw new ProcessorException(422, "refund-exceeds-captured", "at most " + left + " can be refunded");
        }
        payments.put(paymentId, payment.refunded(amount));
        Account account = accounts.get(payment.email());
        accounts.put(account.email(), new Account(account.email(), account.currency(), account.balance() + amount));
        Refund refund = new Refund(Ids.next("re"), paymentId, amount, clock.instant());
        refunds.computeIfAbsent(paymentId, p -> new ArrayList<>()).add(refund);
        return refund;
    }

    /** The payment as it is now. */
    public synchronized Optional<StoredValuePayment> payment(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId));
    }

    /** The payments made with this client reference, oldest first. */
    public synchronized List<StoredValuePayment> byReference(String reference) {
        return payments.values().stream()
                .filter(p -> p.reference().equals(reference))
                .toList();
    }

    /** The refunds of a payment, oldest first. */
    public synchronized List<Refund> refunds(String paymentId) {
        return List.copyOf(refunds.getOrDefault(paymentId, List.of()));
    }

    private static String key(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        if (!key.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ProcessorException.invalid("not an email address: " + email);
        }
        return key;
    }
}
