package io.relaypay.simulator.billing;

import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.Phone;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each subscriber's prepaid credit and open reservations, and the checks a new charge must pass.
 * Not thread-safe: {@link OperatorBilling} calls it under its lock.
 */
final class SubscriberAccounts {

    /**
     * One phone's running state: {@code credit} is empty for a postpaid phone; {@code spent} is the
     * net operator billing of {@code month}, kept as it goes onto the bill so that a check does not
     * read the whole bill.
     */
    private static final class Account {
        private Optional<Long> credit;
        private final Map<String, Long> holds = new LinkedHashMap<>();
        private YearMonth month = YearMonth.of(1970, 1);
        private long spent;

        Account(Optional<Long> credit) {
            this.credit = credit;
        }

        long held() {
            return holds.values().stream().mapToLong(Long::longValue).sum();
        }

        long spentIn(YearMonth current) {
            return current.equals(month) ? spent : 0;
        }

        void addSpent(long amountMinor, YearMonth current) {
            spent = spentIn(current) + amountMinor;
            month = current;
        }
    }

    private final Map<String, Account> accounts = new HashMap<>();

    /**
     * Refuses an amount that a prepaid phone's remaining credit does not cover, or that would take
     * the phone over its monthly limit.
     */
    void requireAffordable(Phone phone, CarrierConfig carrier, long amountMinor, Instant now) {
        Optional<Long> available = availableCredit(phone);
        if (available.isPresent() && available.get() < amountMinor) {
            throw new BillingException(
                    BillingError.INSUFFICIENT_CREDIT,
                    "prepaid credit of " + phone.msisdn() + " is " + available.get() + " minor units, " + amountMinor
                            + " requested");
        }
        long limit = phone.billing()
                .monthlySpendingLimitMinor()
                .orElse(carrier.billing().monthlySpendingLimitMinor());
        long spent = spentThisMonth(phone, now);
        if (spent + amountMinor > limit) {
            throw new BillingException(
                    BillingError.SPENDING_LIMIT_EXCEEDED,
                    "monthly limit of " + phone.msisdn() + " is " + limit + " minor units, " + spent + " used, "
                            + amountMinor + " requested");
        }
    }

    /** Holds {@code amountMinor} for a reservation. */
    void hold(Phone phone, String paymentId, long amountMinor) {
        account(phone).holds.put(paymentId, amountMinor);
    }

    /** Releases a reservation's hold (confirmed, cancelled or expired). */
    void release(Phone phone, String paymentId) {
        account(phone).holds.remove(paymentId);
    }

    /** Books a charge made at {@code now}: out of a prepaid phone's credit, into this month's spending. */
    void debit(Phone phone, long amountMinor, Instant now) {
        Account account = account(phone);
        account.credit = account.credit.map(c -> c - amountMinor);
        account.addSpent(amountMinor, month(now));
    }

    /** Books a refund made at {@code now}: back into a prepaid phone's credit, off this month's spending. */
    void credit(Phone phone, long amountMinor, Instant now) {
        Account account = account(phone);
        account.credit = account.credit.map(c -> c + amountMinor);
        account.addSpent(-amountMinor, month(now));
    }

    /** Credit minus holds; empty for a postpaid phone. */
    Optional<Long> availableCredit(Phone phone) {
        Account account = account(phone);
        long held = account.held();
        return account.credit.map(c -> c - held);
    }

    /**
     * This month's operator billing (the phone's {@code OPERATOR_BILLING} and {@code REFUND} bill
     * lines of the UTC calendar month), plus open holds.
     */
    long spentThisMonth(Phone phone, Instant now) {
        Account account = account(phone);
        return account.spentIn(month(now)) + account.held();
    }

    private static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC));
    }

    private Account account(Phone phone) {
        return accounts.computeIfAbsent(
                phone.msisdn(), m -> new Account(phone.billing().prepaidCreditMinor()));
    }
}
