package io.relaypay.interchange.funding;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.funds.Bookings;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a deposit back to the card (processor refund), bank account (ACH credit) or stored-value
 * account (processor refund) it came from, in full or in part, never more than was deposited.
 *
 * <p>Three steps, each safe to repeat: (1) one transaction reserves the amount on the deposit and
 * stores the refund pending; (2) the ledger takes the amount from the wallet to the source's
 * clearing account (refused when the user spent it: the refund fails, nothing moved); (3) the
 * source is asked with the refund id as idempotency key: done → succeeded; refused → the money
 * goes back to the wallet and the refund fails; no answer → pending, and the janitor repeats (2)
 * and (3). A refund to the phone bill is recorded for the carrier's remittance before it succeeds.
 */
public final class DepositRefunds {

    private static final Logger log = LoggerFactory.getLogger(DepositRefunds.class);

    /** The failure code when the user's balance no longer holds the amount. */
    public static final String INSUFFICIENT_BALANCE = "insufficient_balance";

    private final DepositStore deposits;
    private final DepositRefundStore store;
    private final Deposits depositService;
    private final FundingSources sources;
    private final FundingBookings bookings;
    private final Transactions transactions;
    private final PhoneBillRefundStore billRefunds;
    private final Ids ids;
    private final Clock clock;

    /** Refunds over these parts. */
    public DepositRefunds(
            DepositStore deposits,
            DepositRefundStore store,
            Deposits depositService,
            FundingSources sources,
            FundingBookings bookings,
            Transactions transactions,
            PhoneBillRefundStore billRefunds,
            Ids ids,
            Clock clock) {
        this.deposits = Objects.requireNonNull(deposits, "deposits");
        this.store = Objects.requireNonNull(store, "store");
        this.depositService = Objects.requireNonNull(depositService, "depositService");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.billRefunds = Objects.requireNonNull(billRefunds, "billRefunds");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Refunds {@code amount} (default: what is left) of a succeeded deposit to its instrument. */
    public DepositRefund refund(String depositId, Optional<Long> amount) {
        String id = ids.next("dre");
        DepositRefund reserved = transactions.inTransaction(() -> {
            Deposit deposit = deposits.find(depositId).orElseThrow(() -> ApiException.notFound("deposit", depositId));
            if (deposit.status() != DepositStatus.SUCCEEDED
                    || deposit.chargeId().isEmpty()) {
                throw new ApiException(
                        ProblemType.INVALID_STATE,
                        "only succeeded deposits can be refunded; " + depositId + " is "
                                + deposit.status().wire());
            }
            long left = deposit.amount() - deposit.amountRefunded();
            long asked = amount.orElse(left);
            if (asked <= 0) {
                throw ApiException.invalid("amount", "amount must be positive");
            }
            if (left == 0 || asked > left) {
                throw new ApiException(
                        ProblemType.REFUND_EXCEEDS_PAYMENT,
                        "only " + Amounts.format(left, deposit.currency()) + " of the deposit is left to refund",
                        "amount");
            }
            Instant now = clock.instant();
            if (!deposits.replace(deposit.withRefunded(asked, now), deposit.status(), deposit.updatedAt())) {
                throw new ApiException(ProblemType.IDEMPOTENCY_KEY_IN_USE, depositId + " changed meanwhile; try again");
            }
            DepositRefund refund = new DepositRefund(
                    id, depositId, asked, DepositRefund.Status.PENDING, Optional.empty(), Optional.empty(), now, now);
            store.insert(refund);
            return refund;
        });
        log.info("deposit_refund={} deposit={} amount={} reserved", id, depositId, reserved.amount());
        return complete(reserved);
    }

    /** The refund with this id. */
    public Optional<DepositRefund> find(String refundId) {
        return store.find(refundId);
    }

    /** Completes refunds pending since before {@code before}; the janitor's job. */
    public int completePending(Instant before, int limit) {
        int done = 0;
        for (DepositRefund refund : store.pendingBefore(before, limit)) {
            try {
                if (complete(refund).status() != DepositRefund.Status.PENDING) {
                    done++;
                }
            } catch (RuntimeException e) {
                log.warn("deposit_refund={} could not be completed; will retry: {}", refund.id(), e.toString());
            }
        }
        return done;
    }

    private DepositRefund complete(DepositRefund refund) {
        if (refund.status() != DepositRefund.Status.PENDING) {
            return refund;
        }
        Deposit deposit = deposits.find(refund.depositId()).orElseThrow();
        FundingCharge charge = depositService.charge(deposit);
        Instrument instrument = charge.instrument();
        if (bookings.giveBack(
                        refund.id(),
                        deposit.userId(),
                        instrument,
                        refund.amount(),
                        deposit.currency(),
                        deposit.livemode())
                != Bookings.Result.BOOKED) {
            return fail(refund, deposit, INSUFFICIENT_BALANCE);
        }
        FundingRefund.Outcome outcome = sources.of(deposit.kind())
                .refund(new FundingRefund(
                        refund.id(), charge, deposit.chargeId().orElseThrow(), refund.amount()));
        return switch (outcome) {
            case FundingRefund.Outcome.Refunded r -> {
                if (instrument instanceof Instrument.PhoneBill bill) {
                    // Before finishing: a crash in between leaves it pending, and the janitor records it.
                    billRefunds.record(new PhoneBillRefund(
                            refund.id(),
                            r.refundId(),
                            bill.carrier(),
                            refund.amount(),
                            bookings.shareGivenBack(bill, refund.amount()),
                            deposit.currency(),
                            deposit.livemode(),
                            clock.instant()));
                }
                store.finish(
                        refund.id(),
                        DepositRefund.Status.SUCCEEDED,
                        Optional.of(r.refundId()),
                        Optional.empty(),
                        clock.instant());
                log.info("deposit_refund={} deposit={} succeeded", refund.id(), deposit.id());
                yield store.find(refund.id()).orElseThrow();
            }
            case FundingRefund.Outcome.Unknown u -> {
                log.info("deposit_refund={} source did not answer ({}); left pending", refund.id(), u.why());
                yield refund;
            }
            case FundingRefund.Outcome.Refused r -> {
                if (bookings.takeBackToWallet(
                                refund.id(),
                                deposit.userId(),
                                instrument,
                                refund.amount(),
                                deposit.currency(),
                                deposit.livemode())
                        != Bookings.Result.BOOKED) {
                    throw new IllegalStateException(
                            "deposit refund " + refund.id() + " could not go back to the wallet");
                }
                yield fail(refund, deposit, r.code());
            }
        };
    }

    private DepositRefund fail(DepositRefund refund, Deposit deposit, String code) {
        transactions.inTransaction(() -> {
            if (store.finish(
                    refund.id(), DepositRefund.Status.FAILED, Optional.empty(), Optional.of(code), clock.instant())) {
                release(deposit.id(), refund.amount());
            }
            return null;
        });
        log.info("deposit_refund={} deposit={} failed: {}", refund.id(), deposit.id(), code);
        return store.find(refund.id()).orElseThrow();
    }

    /** Gives the reservation back to the deposit; retried while other changes race it. */
    private void release(String depositId, long amount) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Deposit current = deposits.find(depositId).orElseThrow();
            if (deposits.replace(
                    current.withRefunded(-amount, clock.instant()), current.status(), current.updatedAt())) {
                return;
            }
        }
        throw new IllegalStateException("could not release " + amount + " on deposit " + depositId);
    }
}
