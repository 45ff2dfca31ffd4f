package io.relaypay.simulator.processor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Card tokens and card payments: authorize (with decline codes and the challenge step), capture,
 * void and refunds that never exceed what was captured. Thread-safe: one lock for all of it.
 */
public final class Cards {

    private final Clock clock;
    private final Map<String, Card> tokens = new LinkedHashMap<>();
    private final Map<String, CardPayment> payments = new LinkedHashMap<>();
    private final Map<String, Challenge> challenges = new LinkedHashMap<>();
    private final Map<String, List<Refund>> refunds = new LinkedHashMap<>();

    Cards(Clock clock) {
        this.clock = clock;
    }

    /** Tokenizes a card number after checking it. */
    public synchronized Card tokenize(String pan, int expMonth, int expYear) {
        String digits = pan.replace(" ", "");
        if (!TestCards.valid(digits)) {
            throw new ProcessorException(402, "invalid-number", "the card number is not valid");
        }
        if (expMonth < 1 || expMonth > 12 || expYear < 2000 || expYear > 2100) {
            throw new ProcessorException(402, "invalid-expiry", "the expiry date is not valid");
        }
        Card card = new Card(Ids.next("tok"), digits, TestCards.brand(digits).orElse("unknown"), expMonth, expYear);
        tokens.put(card.token(), card);
        return card;
    }

    /** The card behind a token. */
    public synchronized Optional<Card> card(String token) {
        return Optional.ofNullable(tokens.get(token));
    }

    /**
     * Authorizes (and captures, if asked) {@code amount} on the card: approved, declined with a
     * code, or waiting for a challenge.
     */
    public synchronized CardPayment authorize(
            String token, long amount, String currency, String reference, boolean capture, boolean declineAll) {
        Card card = tokens.get(token);
        if (card == null) {
            throw ProcessorException.notFound("token", token);
        }
        requirePositive(amount);
        CardPayment payment = new CardPayment(
                Ids.next("cp"),
                token,
                amount,
                currency,
                reference,
                capture,
                CardPayment.Status.AUTHORIZED,
                0,
                0,
                "",
                "",
                clock.instant());
        TestCards.Outcome outcome = TestCards.outcome(card.pan());
        if (declineAll) {
            payment = payment.declined("generic_decline");
        } else if (outcome.behaviour() == TestCards.Behaviour.CHALLENGE) {
            Challenge challenge = new Challenge(Ids.next("ch"), payment.id(), Ids.code(), Challenge.ATTEMPTS);
            challenges.put(challenge.id(), challenge);
            payment = withChallenge(payment, challenge.id());
        } else if (outcome.behaviour() == TestCards.Behaviour.DECLINE) {
            payment = payment.declined(outcome.declineCode());
        } else if (capture) {
            payment = payment.captured(amount);
        }
        payments.put(payment.id(), payment);
        return payment;
    }

    /** The challenge, as the buyer's page shows it. */
    public synchronized Optional<Challenge> challenge(String challengeId) {
        return Optional.ofNullable(challenges.get(challengeId));
    }

    /**
     * The buyer's answer to the challenge: the right code authorizes (and captures, if asked); a
     * wrong one is refused, and the last allowed wrong one declines the payment.
     */
    public synchronized CardPayment completeChallenge(String paymentId, String code) {
        CardPayment payment = payment(paymentId).orElseThrow(() -> ProcessorException.notFound("payment", paymentId));
        if (payment.status() != CardPayment.Status.REQUIRES_ACTION) {
            throw ProcessorException.state(paymentId + " is " + payment.status() + ", no challenge is open");
        }
        Challenge challenge = challenges.get(payment.challengeId());
        if (!challenge.code().equals(code)) {
            Challenge missed = challenge.missed();
            challenges.put(missed.id(), missed);
            if (missed.attemptsLeft() > 0) {
                throw new ProcessorException(422, "challenge-failed", "wrong code; " + missed.attemptsLeft() + " left");
            }
            payment = payment.declined("authentication_failed");
        } else {
            payment = payment.captureOnAuthorize()
                    ? payment.captured(payment.amount())
                    : payment.with(CardPayment.Status.AUTHORIZED);
        }
        payments.put(payment.id(), payment);
        return payment;
    }

    /** Captures {@code amount} (at most what was authorized) of an authorized payment. */
    public synchronized CardPayment capture(String paymentId, long amount) {
        CardPayment payment = payment(paymentId).orElseThrow(() -> ProcessorException.notFound("payment", paymentId));
        if (payment.status() != CardPayment.Status.AUTHORIZED) {
            throw ProcessorException.state(paymentId + " is " + payment.status() + ", not authorized");
        }
        requirePositive(amount);
        if (amount > payment.amount()) {
            throw new ProcessorException(422, "capture-exceeds-authorized", "at most " + payment.amount());
        }
        payment = payment.captured(amount);
        payments.put(paymentId, payment);
        return payment;
    }

    /** Voids an authorization or an open challenge; nothing is charged. */
    public synchronized CardPayment cancel(String paymentId) {
        CardPayment payment = payment(paymentId).orElseThrow(() -> ProcessorException.notFound("payment", paymentId));
        if (payment.status() != CardPayment.Status.AUTHORIZED
                && payment.status() != CardPayment.Status.REQUIRES_ACTION) {
            throw ProcessorException.state(paymentId + " is " + payment.status() + ", cannot be voided");
        }
        payment = payment.with(CardPayment.Status.CANCELED);
        payments.put(paymentId, payment);
        return payment;
    }

    /** Refunds {@code amount} of a captured payment; never more than is captured and not refunded. */
    public synchronized Refund refund(String paymentId, long amount) {
        CardPayment payment = payment(paymentId).orElseThrow(() -> ProcessorException.notFound("payment", paymentId));
        if (payment.status() != CardPayment.Status.CAPTURED) {
            throw ProcessorException.state(paymentId + " is " + payment.status() + ", not captured");
        }
        requirePositive(amount);
        long left = payment.amountCaptured() - payment.amountRefunded();
        if (amount > left) {
            throw new ProcessorException(422, "refund-exceeds-captured", "at most " + left + " can be refunded");
        }
        payments.put(paymentId, payment.refunded(amount));
        Refund refund = new Refund(Ids.next("re"), paymentId, amount, clock.instant());
        refunds.computeIfAbsent(paymentId, p -> new ArrayList<>()).add(refund);
        return refund;
    }

    /** The payment as it is now. */
    public synchronized Optional<CardPayment> payment(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId));
    }

    /** The payments made with this client reference, oldest first. */
    public synchronized List<CardPayment> byReference(String reference) {
        return payments.values().stream()
                .filter(p -> p.reference().equals(reference))
                .toList();
    }

    /** The refunds of a payment, oldest first. */
    public synchronized List<Refund> refunds(String paymentId) {
        return List.copyOf(refunds.getOrDefault(paymentId, List.of()));
    }

    private static CardPayment withChallenge(CardPayment p, String challengeId) {
        return new CardPayment(
                p.id(),
                p.token(),
                p.amount(),
                p.currency(),
                p.reference(),
                p.captureOnAuthorize(),
                CardPayment.Status.REQUIRES_ACTION,
                0,
                0,
                "",
                challengeId,
                p.created());
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw ProcessorException.invalid("amount must be positive");
        }
    }
}
