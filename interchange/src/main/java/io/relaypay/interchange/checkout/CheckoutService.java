package io.relaypay.interchange.checkout;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.confirmations.Confirmation;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.confirmations.ConfirmationStore;
import io.relaypay.interchange.confirmations.ConfirmationTexts;
import io.relaypay.interchange.confirmations.Method;
import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.users.PhoneNumbers;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.users.UserService;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buyer's side of a payment up to confirmation: the phone number and the decision, the
 * confirmation message, new codes, and cancel. Confirming (code, reply, PIN) is {@link Confirming}.
 */
public final class CheckoutService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);
    private final PaymentService payments;
    private final MerchantService merchants;
    private final UserService users;
    private final PhoneNumbers phoneNumbers;
    private final ConfirmationStore confirmations;
    private final ConfirmationCodes codes;
    private final PaymentDecisions decisions;
    private final MessageSender sender;
    private final Settlement settlement;
    private final Transactions transactions;
    private final Clock clock;
    private final CheckoutRules rules;
    private final ShippingAddresses shipping;

    /** A checkout over the given services and ports. */
    public CheckoutService(
            PaymentService payments,
            MerchantService merchants,
            UserService users,
            PhoneNumbers phoneNumbers,
            ConfirmationStore confirmations,
            ConfirmationCodes codes,
            PaymentDecisions decisions,
            MessageSender sender,
            Settlement settlement,
            Transactions transactions,
            Clock clock,
            CheckoutRules rules,
            ShippingAddresses shipping) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.users = Objects.requireNonNull(users, "users");
        this.phoneNumbers = Objects.requireNonNull(phoneNumbers, "phoneNumbers");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.shipping = Objects.requireNonNull(shipping, "shipping");
    }

    /** The payment as the buyer sees it now (expired first if its deadline passed), or not-found. */
    public Payment current(String paymentId) {
        Payment payment = payments.find(paymentId).orElseThrow(() -> ApiException.notFound("payment", paymentId));
        return settlement.expireIfOverdue(payment);
    }

    /** The payment's confirmation, once a phone number was accepted. */
    public Optional<Confirmation> confirmation(String paymentId) {
        return confirmations.find(paymentId);
    }

    /** The buyer of a confirmation. */
    public Optional<User> buyer(Confirmation confirmation) {
        return users.find(confirmation.userId());
    }

    /** The merchant's display name. */
    public String merchantName(Payment payment) {
        return merchants.find(payment.merchantId()).map(Merchant::name).orElse("the merchant");
    }

    /** Wrong codes or PINs left before the payment fails. */
    public int triesLeft(Confirmation confirmation) {
        return Math.max(0, rules.attempts() - confirmation.attempts());
    }

    /** Confirmation messages allowed per payment. */
    public int sendsAllowed() {
        return rules.sends();
    }

    /**
     * The buyer gives a phone number: the decision engine decides; a denial fails the payment with
     * its reason, an approval sends the confirmation message and waits for confirmation. When no
     * route reaches the number nothing changes and the buyer may try another.
     */
    public Step submitPhone(String paymentId, String typed) {
        Payment payment = current(paymentId);
        if (payment.status() != PaymentStatus.REQUIRES_PHONE_NUMBER) {
            return Step.of(payment, Notice.NOT_WAITING);
        }
        Optional<String> parsed = phoneNumbers.parse(typed);
        if (parsed.isEmpty()) {
            return Step.of(payment, Notice.PHONE_INVALID);
        }
        String phone = parsed.get();
        PaymentDecisions.Verdict verdict = decisions.decide(payment, phone);
        if (!verdict.allowed()) {
            return Step.of(decline(payment, verdict));
        }
        Method method = method(verdict.confirmation());
        User buyer = users.findOrCreate(phone);
        String merchant = merchantName(payment);
        try {
            Payment after = transactions.inTransaction(() -> await(payment.id(), buyer, method, merchant));
            return Step.of(after);
        } catch (MessageSender.NoRouteException e) {
            log.info("payment {} no route to the buyer's number", paymentId);
            return Step.of(current(paymentId), Notice.PHONE_UNREACHABLE);
        }
    }

    /** Sends new codes (the old ones stop working); limited per payment. */
    public Step resend(String paymentId) {
        Payment payment = current(paymentId);
        if (payment.status() != PaymentStatus.REQUIRES_CONFIRMATION) {
            return Step.of(payment, Notice.NOT_WAITING);
        }
        String merchant = merchantName(payment);
        try {
            Notice notice = transactions.inTransaction(() -> {
                Optional<Confirmation> locked = confirmations.lock(paymentId);
                if (locked.isEmpty()
                        || !locked.get().method().needsCode()
                        || locked.get().codeConfirmed()) {
                    return Notice.NOT_WAITING;
                }
                if (locked.get().sends() >= rules.sends()) {
                    return Notice.CODES_EXHAUSTED;
                }
                confirmations.save(sendCodes(payment, locked.get(), merchant));
                return Notice.CODE_SENT;
            });
            return Step.of(current(paymentId), notice);
        } catch (MessageSender.NoRouteException e) {
            return Step.of(current(paymentId), Notice.PHONE_UNREACHABLE);
        }
    }

    /** The buyer cancels before confirming. */
    public Step cancel(String paymentId) {
        Payment payment = current(paymentId);
        Instant now = clock.instant();
        Payment after = payments.change(
                payment.id(),
                p -> p.status().waitingForBuyer()
                        ? p.fail(PaymentStatus.CANCELED, FailureReason.CANCELED, "canceled by the buyer", now)
                        : p);
        return after.status() == PaymentStatus.CANCELED ? Step.of(after) : Step.of(after, Notice.NOT_WAITING);
    }

    private Payment decline(Payment payment, PaymentDecisions.Verdict verdict) {
        Instant now = clock.instant();
        String message = verdict.reasonMessage().isBlank() ? "the payment was declined" : verdict.reasonMessage();
        Payment after = payments.change(
                payment.id(),
                p -> p.status() == PaymentStatus.REQUIRES_PHONE_NUMBER
                        ? p.fail(PaymentStatus.FAILED, FailureReason.DECLINED, message, now)
                        : p);
        log.info("payment {} declined: {}", payment.id(), verdict.reasonCode());
        return after;
    }

    private Payment await(String paymentId, User buyer, Method method, String merchant) {
        Instant now = clock.instant();
        AtomicBoolean moved = new AtomicBoolean();
        Payment after = payments.change(paymentId, p -> {
            boolean go = p.status() == PaymentStatus.REQUIRES_PHONE_NUMBER && now.isBefore(p.expiresAt());
            moved.set(go);
            return go
                    ? p.withBuyer(buyer.phoneNumber(), buyer.id(), now).moveTo(PaymentStatus.REQUIRES_CONFIRMATION, now)
                    : p;
        });
        if (!moved.get()) {
            return after;
        }
        Confirmation confirmation = new Confirmation(
                paymentId,
                buyer.id(),
                buyer.phoneNumber(),
                method,
                Optional.empty(),
                Optional.empty(),
                false,
                false,
                0,
                0,
                now,
                after.expiresAt());
        if (method.needsCode()) {
            confirmation = sendCodes(after, confirmation, merchant);
        }
        confirmations.save(confirmation);
        log.info("payment {} waits for confirmation by {}", paymentId, method);
        return after;
    }

    private Confirmation sendCodes(Payment payment, Confirmation confirmation, String merchant) {
        Instant now = clock.instant();
        ConfirmationCodes.Issued issued = codes.issue();
        Instant until = min(now.plus(rules.codeTtl()), payment.expiresAt());
        Confirmation next = confirmation.withCodes(
                ConfirmationCodes.hash(payment.id(), issued.replyCode()),
                ConfirmationCodes.hash(payment.id(), issued.webCode()),
                until);
        String messageId = sender.send(new PhoneMessage(
                confirmation.phoneNumber(),
                // The addresses go only into this text, to the number being proven: never onto the page.
                ConfirmationTexts.request(
                        issued,
                        payment.amount(),
                        payment.currency(),
                        merchant,
                        shipping.lines(payment, confirmation.userId())),
                PhoneMessage.Purpose.CONFIRMATION,
                payment.id()));
        log.info("payment {} confirmation message {} queued", payment.id(), messageId);
        return next;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Method method(PaymentDecisions.Confirmation asked) {
        return switch (asked) {
            case PIN -> Method.PIN;
            case SMS_CODE_AND_PIN -> Method.SMS_CODE_AND_PIN;
            // NONE on an approval: the engine asked nothing more, the SMS round trip still applies.
            case SMS_CODE, NONE -> Method.SMS_CODE;
        };
    }
}
