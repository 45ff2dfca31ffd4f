package io.relaypay.interchange.agent;

import io.relaypay.interchange.checkout.Settlement;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Hashes;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.NewPayment;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.users.Pin;
import io.relaypay.interchange.users.PinCheck;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.users.UserService;
import io.relaypay.sdk.agent.AgentTokenException;
import io.relaypay.sdk.agent.PaymentToken;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.agent.Receipt;
import io.relaypay.sdk.agent.Receipts;
import io.relaypay.sdk.jose.JoseException;
import io.relaypay.sdk.jose.Jws;
import io.relaypay.sdk.jose.SealedBox;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays a merchant's payment token from an enrolled device: checks the token (signature under the
 * merchant's active agent key, merchant, origin, expiry), the PIN sealed to the interchange, spends the
 * token's nonce together with creating the payment (so a token pays at most once), asks the decision
 * engine, settles through the normal path and answers with a signed receipt. The same request again
 * answers the same; the same nonce from another device or in another token is a replay.
 */
public final class AgentPayments {

    private static final Logger log = LoggerFactory.getLogger(AgentPayments.class);

    /**
     * The answer to a payment request that did not fail.
     *
     * @param payment the payment
     * @param receipt the signed receipt; empty while the payment is still processing
     */
    public record Answer(Payment payment, Optional<String> receipt) {}

    private final AgentKeys agentKeys;
    private final ServerKeys serverKeys;
    private final AgentPaymentStore store;
    private final UserService users;
    private final PaymentService payments;
    private final PaymentDecisions decisions;
    private final Settlement settlement;
    private final Transactions transactions;
    private final Clock clock;

    /** Payments over these parts. */
    public AgentPayments(
            AgentKeys agentKeys,
            ServerKeys serverKeys,
            AgentPaymentStore store,
            UserService users,
            PaymentService payments,
            PaymentDecisions decisions,
            Settlement settlement,
            Transactions transactions,
            Clock clock) {
        this.agentKeys = Objects.requireNonNull(agentKeys, "agentKeys");
        this.serverKeys = Objects.requireNonNull(serverKeys, "serverKeys");
        this.store = Objects.requireNonNull(store, "store");
        this.users = Objects.requireNonNull(users, "users");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Pays {@code token} for {@code device}'s phone with the PIN in {@code sealedPin}.
     *
     * @throws ApiException or {@link AgentRefusal} for every refusal; a failed payment is an {@link
     *     AgentRefusal} carrying the payment and its signed failed receipt
     */
    public Answer pay(Device device, String token, String sealedPin) {
        PaymentToken claims = verify(token);
        String tokenHash = Hashes.sha256Hex(token);
        Optional<AgentPayment> earlier = store.find(claims.nonce());
        if (earlier.isPresent()) {
            return repeat(earlier.get(), device, tokenHash, claims);
        }
        User payer = users.findOrCreate(device.phoneNumber());
        checkPin(payer, sealedPin);
        AgentKey key = agentKeys.findActive(kidOf(token)).orElseThrow();
        Payment payment;
        try {
            payment = transactions.inTransaction(() -> {
                Payment created = payments.create(new NewPayment(
                        new Caller(key.merchantId(), key.livemode()),
                        claims.amount(),
                        claims.currency(),
                        claims.reference(),
                        claims.description(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(device.phoneNumber()),
                        // Payment tokens carry no shipping request: agent purchases are in-game goods.
                        false));
                if (!store.insert(new AgentPayment(
                        claims.nonce(), tokenHash, device.id(), created.id(), Optional.empty(), clock.instant()))) {
                    throw new NonceTaken();
                }
                return created;
            });
        } catch (NonceTaken raced) {
            return repeat(store.find(claims.nonce()).orElseThrow(), device, tokenHash, claims);
        }
        log.info("payment={} agent device={} token nonce spent", payment.id(), device.id());
        return finish(proceed(payment, payer), claims, device);
    }

    /** Thrown inside the creating transaction to roll it back when a racing request spent the nonce first. */
    private static final class NonceTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NonceTaken() {
            super("nonce spent by a concurrent request", null, false, false);
        }
    }

    private PaymentToken verify(String token) {
        PaymentToken claims;
        try {
            claims = PaymentTokens.verify(token, agentKeys::publicKey, clock);
        } catch (AgentTokenException e) {
            if (e.reason() == AgentTokenException.Reason.EXPIRED) {
                throw new ApiException(
                        ProblemType.PAYMENT_TOKEN_EXPIRED, "the payment token expired; ask the shop again");
            }
            throw new ApiException(ProblemType.PAYMENT_TOKEN_INVALID, e.getMessage(), "token");
        }
        AgentKey key = agentKeys.findActive(kidOf(token)).orElseThrow();
        if (!key.merchantId().equals(claims.merchant())) {
            throw new ApiException(
                    ProblemType.PAYMENT_TOKEN_INVALID, "the token is signed by another merchant's key", "token");
        }
        if (!key.allowedOrigins().contains(claims.origin())) {
            throw new ApiException(
                    ProblemType.PAYMENT_TOKEN_INVALID, "the token's origin is not allowed by its key", "token");
        }
        return claims;
    }

    private static String kidOf(String verifiedToken) {
        return Jws.readUnverified(verifiedToken).header().kid();
    }

    private Answer repeat(AgentPayment earlier, Device device, String tokenHash, PaymentToken claims) {
        if (!earlier.deviceId().equals(device.id()) || !earlier.tokenHash().equals(tokenHash)) {
            throw new ApiException(ProblemType.PAYMENT_TOKEN_REPLAYED, "this payment token was already used");
        }
        Payment payment = payments.find(earlier.paymentId()).orElseThrow();
        if (earlier.receipt().isPresent()) {
            return answer(payment, earlier.receipt().get());
        }
        Payment now = payment.status() == PaymentStatus.PROCESSING ? settlement.settle(payment) : payment;
        return finish(now, claims, device);
    }

    private void checkPin(User payer, String sealedPin) {
        char[] digits = openPin(sealedPin);
        try {
            if (!Pin.valid(digits)) {
                throw ApiException.invalid("pin", "a PIN is 4 to 8 digits");
            }
            PinCheck check;
            try (Pin pin = Pin.of(digits)) {
                check = users.checkPin(payer.id(), pin);
            }
            switch (check) {
                case PinCheck.Correct() -> {
                    // Go on.
                }
                case PinCheck.NotSet() ->
                    throw new ApiException(ProblemType.PIN_NOT_SET, "set a PIN first (Relaypay sends a code by SMS)");
                case PinCheck.Locked(Instant until) ->
                    throw new AgentRefusal(
                            ProblemType.PIN_LOCKED,
                            "too many wrong PINs; try again later",
                            Map.of("locked_until", until.getEpochSecond()));
                case PinCheck.Wrong(int left) ->
                    throw left > 0
                            ? new AgentRefusal(
                                    ProblemType.PIN_INVALID, "the PIN is wrong", Map.of("attempts_left", left))
                            : new AgentRefusal(
                                    ProblemType.PIN_LOCKED,
                                    "the PIN was wrong too many times; PIN entry is locked for a while",
                                    Map.of("attempts_left", 0));
            }
        } finally {
            Arrays.fill(digits, '\0');
        }
    }

    private char[] openPin(String sealedPin) {
        if (sealedPin == null) {
            throw ApiException.invalid("pin", "pin is required, sealed to GET /agent/v1/server_key");
        }
        for (ServerKeys.Current key : serverKeys.pinKeys()) {
            try {
                return SealedBox.openChars(sealedPin, key.privateKey());
            } catch (JoseException e) {
                if (e.reason() != JoseException.Reason.DECRYPTION_FAILED) {
                    throw ApiException.invalid("pin", "pin is not a sealed box: " + e.getMessage());
                }
            }
        }
        throw ApiException.invalid("pin", "pin is not sealed to a current GET /agent/v1/server_key");
    }

    /** The decision engine, then settlement; a declined payment fails before any money moves. */
    private Payment proceed(Payment created, User payer) {
        Instant now = clock.instant();
        PaymentDecisions.Verdict verdict = decisions.decide(created, payer.phoneNumber());
        if (!verdict.allowed()) {
            String message = verdict.reasonMessage().isBlank() ? "the payment was declined" : verdict.reasonMessage();
            log.info("payment={} agent payment declined: {}", created.id(), verdict.reasonCode());
            return payments.change(
                    created.id(),
                    p -> p.status() == PaymentStatus.REQUIRES_PHONE_NUMBER
                            ? p.fail(PaymentStatus.FAILED, FailureReason.DECLINED, message, now)
                            : p);
        }
        // The PIN was checked by the interchange itself: the agent confirms as the checkout page would.
        Payment processing = payments.change(
                created.id(),
                p -> p.status() == PaymentStatus.REQUIRES_PHONE_NUMBER
                        ? p.withBuyer(payer.phoneNumber(), payer.id(), now)
                                .moveTo(PaymentStatus.REQUIRES_CONFIRMATION, now)
                                .moveTo(PaymentStatus.PROCESSING, now)
                        : p);
        return processing.status() == PaymentStatus.PROCESSING ? settlement.settle(processing) : processing;
    }

    /** Signs and stores the receipt of an ended payment, and answers; a failure is a refusal. */
    private Answer finish(Payment payment, PaymentToken claims, Device device) {
        if (payment.status() != PaymentStatus.SUCCEEDED && payment.status() != PaymentStatus.FAILED) {
            return new Answer(payment, Optional.empty());
        }
        ServerKeys.Current key = serverKeys.current(ServerKey.Purpose.RECEIPT);
        String phone = device.phoneNumber();
        String receipt = Receipts.sign(
                new Receipt(
                        payment.id(),
                        payment.status() == PaymentStatus.SUCCEEDED ? Receipt.SUCCEEDED : Receipt.FAILED,
                        payment.merchantId(),
                        payment.amount(),
                        payment.currency(),
                        payment.reference(),
                        claims.nonce(),
                        Optional.of(phone.substring(Math.max(0, phone.length() - 4))),
                        Instant.ofEpochSecond(clock.instant().getEpochSecond())),
                key.kid(),
                key.privateKey());
        store.receipt(claims.nonce(), receipt);
        // A racing repeat may have stored its own receipt first: answer with the stored one.
        String stored =
                store.find(claims.nonce()).flatMap(AgentPayment::receipt).orElse(receipt);
        return answer(payment, stored);
    }

    private static Answer answer(Payment payment, String receipt) {
        if (payment.status() == PaymentStatus.FAILED) {
            FailureReason reason =
                    payment.failure().map(Payment.Failure::reason).orElse(FailureReason.FUNDING_FAILED);
            ProblemType type = switch (reason) {
                case DECLINED -> ProblemType.PAYMENT_DECLINED;
                case INSUFFICIENT_FUNDS -> ProblemType.INSUFFICIENT_FUNDS;
                default -> ProblemType.PAYMENT_FAILED;
            };
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("payment", payment.id());
            members.put("status", "failed");
            members.put("failure_reason", reason.wire());
            members.put("receipt", receipt);
            throw new AgentRefusal(
                    type, payment.failure().map(Payment.Failure::message).orElse("the payment failed"), members);
        }
        return new Answer(payment, Optional.of(receipt));
    }
}
