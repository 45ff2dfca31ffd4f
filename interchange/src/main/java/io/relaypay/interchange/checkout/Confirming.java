package io.relaypay.interchange.checkout;

import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.confirmations.Confirmation;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.confirmations.ConfirmationStore;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.users.Pin;
import io.relaypay.interchange.users.PinCheck;
import io.relaypay.interchange.users.UserService;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buyer confirms a payment: a code typed on the page, an SMS reply with the code, or the PIN.
 * Each step locks the payment's confirmation row, so confirmations of one payment take turns; the
 * one that completes what the decision asked for moves the payment to {@code PROCESSING} in the
 * same transaction, and only that one settles it. Wrong codes and PINs count against one limit,
 * after which the payment fails with {@code confirmation_failed}.
 */
public final class Confirming {

    private static final Logger log = LoggerFactory.getLogger(Confirming.class);
    private final CheckoutService checkout;
    private final PaymentService payments;
    private final ConfirmationStore confirmations;
    private final UserService users;
    private final Settlement settlement;
    private final Transactions transactions;
    private final Clock clock;
    private final CheckoutRules rules;

    /** Confirmation steps over the given services. */
    public Confirming(
            CheckoutService checkout,
            PaymentService payments,
            ConfirmationStore confirmations,
            UserService users,
            Settlement settlement,
            Transactions transactions,
            Clock clock,
            CheckoutRules rules) {
        this.checkout = Objects.requireNonNull(checkout, "checkout");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.users = Objects.requireNonNull(users, "users");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The buyer types a code from the message (the reply code or the page code) on the page. */
    public Step enterCode(String paymentId, String typed) {
        Payment payment = checkout.current(paymentId);
        if (payment.status() != PaymentStatus.REQUIRES_CONFIRMATION) {
            return Step.of(payment, Notice.NOT_WAITING);
        }
        if (ConfirmationCodes.normalize(typed).isEmpty()) {
            return Step.of(payment, Notice.CODE_WRONG);
        }
        return run(paymentId, c -> {
            if (!c.method().needsCode() || c.codeConfirmed()) {
                return Attempt.nothing(Notice.NOT_WAITING);
            }
            if (c.codesExpired(clock.instant())) {
                return Attempt.nothing(Notice.CODE_EXPIRED);
            }
            return c.matches(typed)
                    ? Attempt.right(c.withCode(), Notice.CODE_ACCEPTED)
                    : Attempt.wrong(c, Notice.CODE_WRONG);
        });
    }

    /**
     * An SMS reply from {@code from}: confirms the payment whose reply code it carries, if that
     * payment's message went to {@code from}. A reply with a code that matches none counts as a
     * wrong try on every open confirmation of that number.
     *
     * @return whether the reply was about a confirmation of {@code from}
     */
    public boolean reply(String from, String text) {
        List<String> typed = ConfirmationCodes.replyCodes(text);
        if (typed.isEmpty()) {
            return false;
        }
        List<Confirmation> open = confirmations.openFor(from, clock.instant()).stream()
                .filter(c -> c.method().needsCode() && c.replyCodeHash().isPresent())
                .toList();
        if (open.isEmpty()) {
            return false;
        }
        for (Confirmation candidate : open) {
            Optional<String> code = typed.stream().filter(candidate::matches).findFirst();
            if (code.isPresent()) {
                Step step = enterCode(candidate.paymentId(), code.get());
                log.info(
                        "payment {} reply confirmation: {}",
                        candidate.paymentId(),
                        step.payment().status().wire());
                return true;
            }
        }
        for (Confirmation candidate : open) {
            run(
                    candidate.paymentId(),
                    c -> c.codeConfirmed() ? Attempt.nothing(Notice.NOT_WAITING) : Attempt.wrong(c, Notice.CODE_WRONG));
            log.info("payment {} reply with a wrong code", candidate.paymentId());
        }
        return true;
    }

    /** The buyer types the PIN on the page, when the decision asked for it. */
    public Step enterPin(String paymentId, char[] typed) {
        Payment payment = checkout.current(paymentId);
        if (payment.status() != PaymentStatus.REQUIRES_CONFIRMATION) {
            return Step.of(payment, Notice.NOT_WAITING);
        }
        if (!Pin.valid(typed)) {
            return Step.of(payment, Notice.PIN_FORMAT);
        }
        Optional<Confirmation> found = confirmations.find(paymentId);
        if (found.isEmpty() || !found.get().method().needsPin() || found.get().pinConfirmed()) {
            return Step.of(payment, Notice.NOT_WAITING);
        }
        PinCheck check;
        try (Pin pin = Pin.of(typed)) {
            check = users.checkPin(found.get().userId(), pin);
        }
        return switch (check) {
            case PinCheck.NotSet() -> Step.of(payment, Notice.PIN_NOT_SET);
            case PinCheck.Locked(var until) -> Step.of(payment, Notice.PIN_LOCKED);
            case PinCheck.Correct() -> run(paymentId, c -> Attempt.right(c.withPin(), Notice.PIN_ACCEPTED));
            case PinCheck.Wrong(int left) ->
                run(paymentId, c -> Attempt.wrong(c, left == 0 ? Notice.PIN_LOCKED : Notice.PIN_WRONG));
        };
    }

    /** What one try did to the confirmation. */
    private record Attempt(Optional<Confirmation> next, boolean wrong, Notice notice) {
        static Attempt nothing(Notice notice) {
            return new Attempt(Optional.empty(), false, notice);
        }

        static Attempt right(Confirmation next, Notice notice) {
            return new Attempt(Optional.of(next), false, notice);
        }

        static Attempt wrong(Confirmation current, Notice notice) {
            return new Attempt(Optional.of(current.withWrongTry()), true, notice);
        }
    }

    /** What the transaction decided, acted on after it committed. */
    private record Outcome(Optional<Payment> toSettle, Optional<Payment> failed, Notice notice) {}

    private Step run(String paymentId, Function<Confirmation, Attempt> attempt) {
        Outcome outcome = transactions.inTransaction(() -> {
            Optional<Confirmation> locked = confirmations.lock(paymentId);
            Optional<Payment> payment = payments.find(paymentId);
            if (locked.isEmpty()
                    || payment.isEmpty()
                    || payment.get().status() != PaymentStatus.REQUIRES_CONFIRMATION) {
                return new Outcome(Optional.empty(), Optional.empty(), Notice.NOT_WAITING);
            }
            Attempt tried = attempt.apply(locked.get());
            if (tried.next().isEmpty()) {
                return new Outcome(Optional.empty(), Optional.empty(), tried.notice());
            }
            Confirmation next = tried.next().get();
            confirmations.save(next);
            if (tried.wrong()) {
                Optional<Payment> failed =
                        next.attempts() >= rules.attempts() ? settlement.failConfirmation(paymentId) : Optional.empty();
                return new Outcome(Optional.empty(), failed, tried.notice());
            }
            if (next.satisfied()) {
                return new Outcome(settlement.startProcessing(paymentId), Optional.empty(), tried.notice());
            }
            return new Outcome(Optional.empty(), Optional.empty(), tried.notice());
        });
        outcome.failed().ifPresent(settlement::announce);
        if (outcome.toSettle().isPresent()) {
            return Step.of(settlement.settle(outcome.toSettle().get()));
        }
        Payment now = payments.find(paymentId).orElseThrow();
        return now.status() == PaymentStatus.REQUIRES_CONFIRMATION ? Step.of(now, outcome.notice()) : Step.of(now);
    }
}
