package io.relaypay.interchange.checkout;

import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.confirmations.Confirmation;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.confirmations.ConfirmationStore;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.payments.ShippingAddress;
import io.relaypay.interchange.users.Pin;
import io.relaypay.interchange.users.PinCheck;
import io.relaypay.interchange.users.UserService;
import java.time.Clock;
import java.time.Instant;
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
 * after which the payment fails with {@code confirmation_failed}. A payment that ships takes its
 * address when the confirmation completes, in the same transaction and before any money moves
 * ({@link ShippingAddresses}): the one numbered in the SMS reply, else the default; with none on
 * file it fails with {@code shipping_address_missing}.
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
    private final ShippingAddresses shipping;
    private final MessageSender sender;

    /** Confirmation steps over the given services; answers about addresses go out through {@code sender}. */
    public Confirming(
            CheckoutService checkout,
            PaymentService payments,
            ConfirmationStore confirmations,
            UserService users,
            Settlement settlement,
            Transactions transactions,
            Clock clock,
            CheckoutRules rules,
            ShippingAddresses shipping,
            MessageSender sender) {
        this.checkout = Objects.requireNonNull(checkout, "checkout");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.users = Objects.requireNonNull(users, "users");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.shipping = Objects.requireNonNull(shipping, "shipping");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    /**
     * The buyer types a code from the message (the reply code or the page code) on the page; a
     * payment that ships goes to the default address, as the page never shows the list.
     */
    public Step enterCode(String paymentId, String typed) {
        return enterCode(paymentId, typed, ShippingChoice.DEFAULT);
    }

    private Step enterCode(String paymentId, String typed, ShippingChoice choice) {
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
                    ? Attempt.right(c.withCode(), Notice.CODE_ACCEPTED, choice)
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
                ShippingChoice choice = ShippingChoice.inReply(text, code.get());
                Step step = enterCode(candidate.paymentId(), code.get(), choice);
                if (step.notice().equals(Optional.of(Notice.ADDRESS_NOT_LISTED))) {
                    tellNotListed(step.payment(), code.get(), (ShippingChoice.Numbered) choice);
                }
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
            case PinCheck.Correct() ->
                run(paymentId, c -> Attempt.right(c.withPin(), Notice.PIN_ACCEPTED, ShippingChoice.DEFAULT));
            case PinCheck.Wrong(int left) ->
                run(paymentId, c -> Attempt.wrong(c, left == 0 ? Notice.PIN_LOCKED : Notice.PIN_WRONG));
        };
    }

    /**
     * Stores a right step; when it completes the confirmation, moves the payment to processing with
     * {@code shipTo}. Runs in {@link #run}'s transaction.
     */
    private Outcome accept(String paymentId, Confirmation next, Optional<ShippingAddress> shipTo, Notice notice) {
        confirmations.save(next);
        if (next.satisfied()) {
            return new Outcome(settlement.startProcessing(paymentId, shipTo), Optional.empty(), notice);
        }
        // The PIN is still to come: the address chosen with the code stands until then.
        Instant now = clock.instant();
        shipTo.ifPresent(address -> payments.change(paymentId, p -> p.shippingTo(address, now)));
        return new Outcome(Optional.empty(), Optional.empty(), notice);
    }

    private void tellNotListed(Payment payment, String code, ShippingChoice.Numbered choice) {
        int count = payment.userId().map(u -> shipping.listed(u).size()).orElse(0);
        try {
            sender.send(new PhoneMessage(
                    payment.phoneNumber().orElseThrow(),
                    ShippingTexts.notListed(code, choice.number(), count),
                    PhoneMessage.Purpose.NOTICE,
                    payment.id()));
            log.info("payment {} reply named address {} of {}", payment.id(), choice.number(), count);
        } catch (RuntimeException e) {
            log.warn(
                    "payment {} address answer not sent: {}",
                    payment.id(),
                    e.getClass().getSimpleName());
        }
    }

    /** What one try did to the confirmation. */
    private record Attempt(Optional<Confirmation> next, boolean wrong, Notice notice, ShippingChoice choice) {
        static Attempt nothing(Notice notice) {
            return new Attempt(Optional.empty(), false, notice, ShippingChoice.DEFAULT);
        }

        static Attempt right(Confirmation next, Notice notice, ShippingChoice choice) {
            return new Attempt(Optional.of(next), false, notice, choice);
        }

        static Attempt wrong(Confirmation current, Notice notice) {
            return new Attempt(Optional.of(current.withWrongTry()), true, notice, ShippingChoice.DEFAULT);
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
            if (tried.wrong()) {
                confirmations.save(next);
                Optional<Payment> failed =
                        next.attempts() >= rules.attempts() ? settlement.failConfirmation(paymentId) : Optional.empty();
                return new Outcome(Optional.empty(), failed, tried.notice());
            }
            Notice notice = tried.notice();
            return switch (shipping.pick(payment.get(), next.userId(), tried.choice())) {
                // The right code with a number that is no address: the code stays unused, nothing is paid.
                case ShippingAddresses.Pick.NotListed notListed ->
                    new Outcome(Optional.empty(), Optional.empty(), Notice.ADDRESS_NOT_LISTED);
                case ShippingAddresses.Pick.NotAsked notAsked -> accept(paymentId, next, Optional.empty(), notice);
                case ShippingAddresses.Pick.Chosen(var address) ->
                    accept(paymentId, next, Optional.of(address), notice);
                case ShippingAddresses.Pick.NoneOnFile none -> {
                    confirmations.save(next);
                    yield next.satisfied()
                            ? new Outcome(Optional.empty(), settlement.failShippingMissing(paymentId), notice)
                            : new Outcome(Optional.empty(), Optional.empty(), notice);
                }
            };
        });
        outcome.failed().ifPresent(settlement::announce);
        if (outcome.toSettle().isPresent()) {
            return Step.of(settlement.settle(outcome.toSettle().get()));
        }
        Payment now = payments.find(paymentId).orElseThrow();
        return now.status() == PaymentStatus.REQUIRES_CONFIRMATION ? Step.of(now, outcome.notice()) : Step.of(now);
    }
}
