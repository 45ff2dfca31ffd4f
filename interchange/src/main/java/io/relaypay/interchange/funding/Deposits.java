package io.relaypay.interchange.funding;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.funds.Bookings;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.users.UserService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deposits from outside into a user's balance: created, confirmed by the code sent by SMS or the
 * PIN, then charged at the source and credited once the source has the money (a bank only when it
 * settles). Every step is safe to repeat: the charge is idempotent by the deposit id at the source,
 * a state change is a compare-and-set, and the ledger credit's id is derived from the deposit.
 */
public final class Deposits {

    private static final Logger log = LoggerFactory.getLogger(Deposits.class);

    /** Wrong codes or PINs before a deposit fails. */
    public static final int MAX_ATTEMPTS = 5;

    private final DepositStore store;
    private final UserService users;
    private final LinkedInstruments instruments;
    private final FundingSources sources;
    private final FundingBookings bookings;
    private final MessageSender sender;
    private final ConfirmationCodes codes;
    private final Ids ids;
    private final Clock clock;
    private final DepositSecrets secrets;
    private final DepositReservations reservations;

    /** The deposit service over its ports. */
    public Deposits(
            DepositStore store,
            UserService users,
            LinkedInstruments instruments,
            FundingSources sources,
            FundingBookings bookings,
            MessageSender sender,
            ConfirmationCodes codes,
            Ids ids,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.users = Objects.requireNonNull(users, "users");
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.secrets = new DepositSecrets(users);
        this.reservations = new DepositReservations(store, sources, clock);
    }

    /** Creates a deposit waiting for confirmation and, when confirmed by code, sends the code by SMS. */
    public Deposit start(NewDeposit request) {
        // The phone bill needs nothing but the number; every other source needs an account the
        // user linked, so a number without a user is refused there and no user is made for it.
        User user = request.kind() == FundingKind.OPERATOR_BILLING
                ? users.findOrCreate(request.phoneNumber())
                : users.findByPhone(request.phoneNumber())
                        .orElseThrow(() -> ApiException.notFound("user", User.masked(request.phoneNumber())));
        Instrument instrument = instruments.of(user, request.kind(), request.linkedAccountId());
        Instant now = clock.instant();
        Deposit deposit = new Deposit(
                ids.next("dep"),
                user.id(),
                request.kind(),
                request.kind() == FundingKind.OPERATOR_BILLING ? Optional.empty() : request.linkedAccountId(),
                instrument.display(),
                request.amount(),
                request.currency(),
                request.livemode(),
                DepositStatus.REQUIRES_CONFIRMATION,
                request.confirmBy(),
                Optional.empty(),
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                now,
                now);
        Optional<ConfirmationCodes.Issued> issued = Optional.empty();
        if (request.confirmBy() == Deposit.ConfirmBy.SMS_CODE) {
            ConfirmationCodes.Issued fresh = codes.issue();
            issued = Optional.of(fresh);
            // Both codes' hashes, space-separated: the reply code comes back by SMS, the other is typed.
            deposit = deposit.withCodeHash(ConfirmationCodes.hash(deposit.id(), fresh.replyCode()) + " "
                    + ConfirmationCodes.hash(deposit.id(), fresh.webCode()));
        }
        // Stored before anything is reserved, so a reservation always has a deposit that releases it.
        store.insert(deposit);
        log.info(
                "deposit={} kind={} amount={} {} created",
                deposit.id(),
                deposit.kind().wire(),
                deposit.amount(),
                deposit.currency());
        deposit = reservations.reserve(deposit, charge(deposit, instrument));
        if (issued.isPresent() && deposit.status() == DepositStatus.REQUIRES_CONFIRMATION) {
            sender.send(new PhoneMessage(
                    user.phoneNumber(),
                    "Relaypay: reply " + issued.get().replyCode() + " or enter "
                            + issued.get().webCode()
                            + " to add " + Amounts.format(request.amount(), request.currency())
                            + " to your balance from " + instrument.display() + ". Not you? Ignore this message.",
                    PhoneMessage.Purpose.CONFIRMATION,
                    deposit.id()));
        }
        return deposit;
    }

    /**
     * Cancels a deposit still waiting for its confirmation: what its source reserved is released
     * first, then the deposit is {@code canceled}.
     *
     * @throws ApiException {@code invalid-state} when it no longer waits; {@code
     *     funding-source-unavailable} when the source did not answer (it still waits, and may be
     *     cancelled again)
     */
    public Deposit cancel(String depositId) {
        Deposit deposit = require(depositId);
        if (deposit.status() != DepositStatus.REQUIRES_CONFIRMATION) {
            throw new ApiException(
                    ProblemType.INVALID_STATE,
                    depositId + " is " + deposit.status().wire());
        }
        return switch (reservations.end(deposit, charge(deposit), DepositStatus.CANCELED)) {
            case ENDED -> require(depositId);
            case MOVED_ON -> {
                Deposit now = require(depositId);
                throw new ApiException(
                        ProblemType.INVALID_STATE,
                        depositId + " is " + now.status().wire());
            }
            case NO_ANSWER ->
                throw new ApiException(
                        ProblemType.FUNDING_SOURCE_UNAVAILABLE,
                        "the " + deposit.kind().wire() + " source did not answer; try again");
        };
    }

    /**
     * Expires a deposit never confirmed (the janitor's deadline): what its source reserved is
     * released first.
     *
     * @return whether it expired now; false when the source did not answer (the next pass tries
     *     again) or another worker moved it first
     */
    public boolean expire(Deposit deposit) {
        return reservations.end(deposit, charge(deposit), DepositStatus.EXPIRED) == DepositReservations.Ending.ENDED;
    }
    /** The deposit with this id. */
    public Optional<Deposit> find(String depositId) {
        return store.find(depositId);
    }

    /**
     * An SMS reply from {@code phoneNumber}: confirms the user's waiting deposit whose reply code
     * it carries.
     *
     * @return whether a deposit took it
     */
    public boolean reply(String phoneNumber, String text) {
        Optional<User> user = users.findByPhone(phoneNumber);
        if (user.isEmpty()) {
            return false;
        }
        List<String> replied = ConfirmationCodes.replyCodes(text);
        for (Deposit deposit : store.ofUser(user.get().id(), 20)) {
            if (deposit.status() != DepositStatus.REQUIRES_CONFIRMATION
                    || deposit.confirmBy() != Deposit.ConfirmBy.SMS_CODE) {
                continue;
            }
            for (String code : replied) {
                if (secrets.matches(deposit, code)) {
                    confirm(deposit.id(), code);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The user's confirmation: the code from the SMS or the PIN. Right: the source is charged.
     * Wrong: refused, and the deposit fails after {@link #MAX_ATTEMPTS}.
     */
    public Deposit confirm(String depositId, String secret) {
        Deposit deposit = require(depositId);
        if (deposit.status() != DepositStatus.REQUIRES_CONFIRMATION) {
            throw new ApiException(
                    ProblemType.INVALID_STATE,
                    depositId + " is " + deposit.status().wire());
        }
        Instant now = clock.instant();
        if (!secrets.matches(deposit, secret)) {
            Deposit wrong = deposit.withWrongAttempt(now);
            if (wrong.attempts() >= MAX_ATTEMPTS) {
                wrong = wrong.failed("confirmation_failed", now);
            }
            store.replace(wrong, deposit.status(), deposit.updatedAt());
            throw ApiException.invalid(
                    deposit.confirmBy() == Deposit.ConfirmBy.PIN ? "pin" : "code", "wrong code or PIN");
        }
        Deposit confirmed = deposit.with(DepositStatus.PROCESSING, now);
        if (!store.replace(confirmed, deposit.status(), deposit.updatedAt())) {
            return require(depositId);
        }
        // The first attempt: nothing can be at the source yet but the reservation, if one was made,
        // so no look-up before charging.
        FundingSource source = sources.of(confirmed.kind());
        FundingCharge charge = charge(confirmed);
        return apply(
                confirmed,
                source.reserves() && confirmed.chargeId().isPresent()
                        ? source.capture(charge, confirmed.chargeId().get())
                        : source.charge(charge));
    }

    /** The buyer's answer to the card's challenge. */
    public Deposit answerChallenge(String depositId, String code) {
        Deposit deposit = require(depositId);
        if (deposit.status() != DepositStatus.REQUIRES_ACTION
                || deposit.chargeId().isEmpty()) {
            throw new ApiException(
                    ProblemType.INVALID_STATE,
                    depositId + " is " + deposit.status().wire());
        }
        FundingOutcome outcome = sources.of(deposit.kind())
                .answerChallenge(charge(deposit), deposit.chargeId().get(), code);
        if (outcome instanceof FundingOutcome.Declined d && d.code().equals("challenge-failed")) {
            throw ApiException.invalid("code", "wrong challenge code");
        }
        return apply(deposit, outcome);
    }

    /**
     * Moves a confirmed deposit on: looks its charge up at the source (a retry after a lost answer
     * must not charge again), charges when there is none, and applies the outcome. Deposits in no
     * waiting state are returned as they are.
     */
    public Deposit process(Deposit deposit) {
        if (deposit.status() != DepositStatus.PROCESSING
                && deposit.status() != DepositStatus.PENDING
                && deposit.status() != DepositStatus.REQUIRES_ACTION) {
            return deposit;
        }
        FundingSource source = sources.of(deposit.kind());
        FundingCharge charge = charge(deposit);
        FundingOutcome outcome = source.lookup(charge);
        if (deposit.status() == DepositStatus.PROCESSING) {
            if (outcome instanceof FundingOutcome.NotFound) {
                outcome = source.charge(charge);
            } else if (outcome instanceof FundingOutcome.Reserved r) {
                // Confirmed by the user, but the capture never reached the source or its answer was lost.
                outcome = source.capture(charge, r.chargeId());
            }
        }
        return apply(deposit, outcome);
    }

    private Deposit apply(Deposit deposit, FundingOutcome outcome) {
        Instant now = clock.instant();
        Deposit next = switch (outcome) {
            case FundingOutcome.Captured c -> credit(deposit.withCharge(c.chargeId(), Optional.empty()), c, now);
            case FundingOutcome.Declined d -> deposit.failed(d.code(), now);
            case FundingOutcome.RequiresAction a ->
                deposit.withCharge(a.chargeId(), Optional.of(a.challengeUrl()))
                        .with(DepositStatus.REQUIRES_ACTION, now);
            case FundingOutcome.Pending p ->
                deposit.withCharge(p.chargeId(), Optional.empty()).with(DepositStatus.PENDING, now);
            case FundingOutcome.NotFound n -> deposit;
            // Still only reserved after a capture: as good as no answer; the janitor captures again.
            case FundingOutcome.Reserved r -> deposit;
            case FundingOutcome.Unknown u -> {
                log.info("deposit={} outcome unknown ({}); the janitor looks it up", deposit.id(), u.why());
                yield deposit.status() == DepositStatus.PROCESSING
                        ? deposit
                        : deposit.with(DepositStatus.PROCESSING, now);
            }
        };
        if (next == deposit) {
            return deposit;
        }
        if (!store.replace(next, deposit.status(), deposit.updatedAt())) {
            // Another worker moved it first; its result stands (the ledger credit is idempotent).
            return require(deposit.id());
        }
        log.info("deposit={} status={}", next.id(), next.status().wire());
        return next;
    }

    private Deposit credit(Deposit deposit, FundingOutcome.Captured captured, Instant now) {
        if (captured.amount() != deposit.amount()) {
            log.error("deposit={} source captured {} instead of {}", deposit.id(), captured.amount(), deposit.amount());
        }
        User user = users.find(deposit.userId()).orElseThrow();
        Instrument instrument = instruments.of(user, deposit.kind(), deposit.linkedAccountId());
        if (instrument instanceof Instrument.PhoneBill bill) {
            long share = bookings.creditBill(
                    deposit.id(), deposit.userId(), bill, captured.amount(), deposit.currency(), deposit.livemode());
            // Before the status changes, so a crash in between leaves the deposit to the janitor,
            // which credits (nothing more) and records again; the carrier's remittance is matched by it.
            store.recordCarrierCharge(deposit.id(), bill.carrier(), share, now);
            return deposit.with(DepositStatus.SUCCEEDED, now);
        }
        Bookings.Result result = bookings.credit(
                deposit.id(), deposit.userId(), instrument, captured.amount(), deposit.currency(), deposit.livemode());
        if (result != Bookings.Result.BOOKED) {
            throw new IllegalStateException("deposit " + deposit.id() + " credit refused: " + result);
        }
        return deposit.with(DepositStatus.SUCCEEDED, now);
    }

    /** The charge at the source this deposit is (reference: the deposit id). */
    FundingCharge charge(Deposit deposit) {
        User user = users.find(deposit.userId()).orElseThrow();
        return charge(deposit, instruments.of(user, deposit.kind(), deposit.linkedAccountId()));
    }

    private static FundingCharge charge(Deposit deposit, Instrument instrument) {
        return new FundingCharge(
                deposit.id(), instrument, deposit.amount(), deposit.currency(), "Relaypay balance top-up");
    }

    private Deposit require(String depositId) {
        return store.find(depositId).orElseThrow(() -> ApiException.notFound("deposit", depositId));
    }
}
