package io.relaypay.interchange.deposits;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The confirmation round trip of a deposit: the code replied by SMS or typed on the page moves it to
 * {@code in_progress} and gives every plan item its due time; wrong codes count, too many fail it;
 * unconfirmed deposits are canceled by the user or expire with their codes. Every change locks the
 * deposit's row, so an SMS reply and a page code arriving together take turns.
 */
public final class DepositConfirmations {

    private static final Logger log = LoggerFactory.getLogger(DepositConfirmations.class);

    /** How a confirmation attempt went. */
    public enum Confirmed {
        /** The deposit is in progress now. */
        CONFIRMED,
        /** Wrong code; the user may try again. */
        WRONG_CODE,
        /** Wrong code once too often; the deposit failed. */
        TOO_MANY_WRONG_CODES
    }

    private final DepositStore store;
    private final DepositTerms terms;
    private final Transactions transactions;
    private final Clock clock;

    /** Confirmations over {@code store}, under {@code terms}. */
    public DepositConfirmations(DepositStore store, DepositTerms terms, Transactions transactions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Confirms the deposit with a code from its confirmation message (the reply code or the page
     * code). Wrong codes count; too many fail the deposit.
     *
     * @throws ApiException {@code not-found}, or {@code invalid-state} when it is not waiting for a
     *     confirmation or its codes expired
     */
    public Confirmed confirm(String depositId, String code) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Deposit deposit = store.lock(depositId).orElseThrow(() -> ApiException.notFound("deposit", depositId));
            if (deposit.status() != DepositStatus.REQUIRES_CONFIRMATION) {
                throw new ApiException(
                        ProblemType.INVALID_STATE,
                        "deposit " + depositId + " is " + deposit.status().wire());
            }
            if (deposit.codesExpired(now)) {
                throw new ApiException(
                        ProblemType.INVALID_STATE, "the confirmation codes of " + depositId + " expired");
            }
            return confirmLocked(deposit, code, now);
        });
    }

    /**
     * Confirms by SMS: the 5-digit codes of {@code text}, from the phone the codes went to.
     *
     * @return whether a code confirmed one of that phone's deposits
     */
    public boolean reply(String from, String text) {
        List<String> typed = ConfirmationCodes.replyCodes(text);
        if (typed.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            List<Deposit> open = store.awaitingConfirmation(from, now);
            if (open.isEmpty()) {
                return false;
            }
            for (Deposit candidate : open) {
                for (String code : typed) {
                    if (candidate.matches(code)) {
                        Deposit locked = store.lock(candidate.id()).orElseThrow();
                        if (locked.status() == DepositStatus.REQUIRES_CONFIRMATION) {
                            confirmLocked(locked, code, now);
                        }
                        return true;
                    }
                }
            }
            // A wrong code counts against the newest request; the reply is still offered to other
            // listeners, since it may be the code of a payment the same phone is confirming.
            Deposit newest = store.lock(open.getFirst().id()).orElseThrow();
            if (newest.status() == DepositStatus.REQUIRES_CONFIRMATION) {
                confirmLocked(newest, "", now);
            }
            return false;
        });
    }

    private Confirmed confirmLocked(Deposit deposit, String code, Instant now) {
        if (!deposit.matches(code)) {
            int attempts = deposit.confirmAttempts() + 1;
            boolean exhausted = attempts >= terms.maxConfirmAttempts();
            DepositStatus status = exhausted ? deposit.status().to(DepositStatus.FAILED) : deposit.status();
            store.update(deposit.withAttempts(status, attempts, now), DepositStatus.REQUIRES_CONFIRMATION);
            store.event(deposit.id(), exhausted ? "confirmation_failed" : "wrong_code", Optional.empty(), now);
            log.info("deposit={} wrong code attempts={} failed={}", deposit.id(), attempts, exhausted);
            return exhausted ? Confirmed.TOO_MANY_WRONG_CODES : Confirmed.WRONG_CODE;
        }
        DepositStatus status = deposit.status().to(DepositStatus.IN_PROGRESS);
        store.update(deposit.confirmed(status, now), DepositStatus.REQUIRES_CONFIRMATION);
        for (PlanItem item : store.items(deposit.id())) {
            PlanItem due = new PlanItem(
                    item.id(),
                    item.depositId(),
                    item.seq(),
                    item.dayOffset(),
                    item.price(),
                    item.state(),
                    Optional.of(DepositPlanner.dueAt(now, item.dayOffset(), terms.zone())),
                    item.messageId(),
                    item.route(),
                    item.detail(),
                    now);
            store.updateItem(due, ItemState.QUEUED);
        }
        store.event(deposit.id(), "confirmed", Optional.empty(), now);
        log.info("deposit={} confirmed", deposit.id());
        return Confirmed.CONFIRMED;
    }

    /** Cancels a deposit still waiting for its confirmation. */
    public Deposit cancel(String depositId) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Deposit deposit = store.lock(depositId).orElseThrow(() -> ApiException.notFound("deposit", depositId));
            if (deposit.status() != DepositStatus.REQUIRES_CONFIRMATION) {
                throw new ApiException(
                        ProblemType.INVALID_STATE,
                        "only a deposit waiting for confirmation can be canceled; " + depositId + " is "
                                + deposit.status().wire());
            }
            Deposit canceled = deposit.with(DepositStatus.CANCELED, now);
            store.update(canceled, DepositStatus.REQUIRES_CONFIRMATION);
            store.event(depositId, "canceled", Optional.empty(), now);
            return canceled;
        });
    }

    /** Expires deposits whose confirmation codes ran out; returns how many. */
    public int expireUnconfirmed(int limit) {
        Instant now = clock.instant();
        int expired = 0;
        for (String id : store.confirmationsExpired(now, limit)) {
            boolean done = transactions.inTransaction(() -> {
                Deposit deposit = store.lock(id).orElseThrow();
                if (deposit.status() != DepositStatus.REQUIRES_CONFIRMATION || !deposit.codesExpired(now)) {
                    return false;
                }
                store.update(deposit.with(DepositStatus.EXPIRED, now), DepositStatus.REQUIRES_CONFIRMATION);
                store.event(id, "expired", Optional.empty(), now);
                return true;
            });
            expired += done ? 1 : 0;
        }
        return expired;
    }
}
