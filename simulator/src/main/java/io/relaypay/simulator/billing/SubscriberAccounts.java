package io.relaypay.simulator.billing;

import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
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

    /** One phone's running state; {@code credit} is empty for a postpaid phone. */
    private static final class Account {
        private Optional<Long> credit;
        private final Map<String, Long> holds = new LinkedHashMap<>();

        Account(Optional<Long> credit) {
            this.credit = credit;
        }

        long held() {
            return holds.values().stream().mapToLong(Long::longValue).sum();
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

    /** Takes a charge out of a prepaid phone's credit. */
    void debit(Phone phone, long amountMinor) {
        Account account = account(phone);
        account.credit = account.credit.map(c -> c - amountMinor);
    }

    /** Gives a refund back to a prepaid phone's credit. */
    void credit(Phone phone, long amountMinor) {
        Account account = account(phone);
        account.credit = account.credit.map(c -> c + amountMinor);
    }

    /** Credit minus holds; empty for a postpaid phone. */
    Optional<Long> availableCredit(Phone phone) {
        Account account = account(phone);
        long held = account.held();
        return account.credit.map(c -> c - held);
    }

    /** This month's operator billing lines on the bill, net of refunds, plus open holds. */
    long spentThisMonth(Phone phone, Instant now) {
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
        long billed = phone.bill().stream()
                .filter(c -> c.kind() == ChargeKind.OPERATOR_BILLING || c.kind() == ChargeKind.REFUND)
                .filter(c -> YearMonth.from(c.at().atZone(ZoneOffset.UTC)).equals(month))
                .mapToLong(Charge::amountMinor)
                .sum();
        return billed + account(phone).held();
    }

    private Account account(Phone phone) {
        return accounts.computeIfAbsent(
                phone.msisdn(), m -> new Account(phone.billing().prepaidCreditMinor()));
    }
}
