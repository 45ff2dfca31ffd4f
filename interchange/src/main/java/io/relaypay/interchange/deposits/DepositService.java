package io.relaypay.interchange.deposits;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Hashes;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import io.relaypay.routing.planner.PricePoints;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests deposits by premium SMS: plans the messages and sends the confirmation codes; {@link
 * DepositConfirmations} takes the codes and schedules the plan's days, {@link DepositCharges} does
 * the rest.
 */
public final class DepositService {

    private static final Logger log = LoggerFactory.getLogger(DepositService.class);

    /**
     * A requested deposit.
     *
     * @param deposit the deposit
     * @param repeated whether an earlier request with the same idempotency key made it
     */
    public record Requested(Deposit deposit, boolean repeated) {}

    private final DepositStore store;
    private final DepositTerms terms;
    private final DepositPlanner planner;
    private final DepositBookings bookings;
    private final BuyerDirectory buyers;
    private final MessageSender sender;
    private final ConfirmationCodes codes;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    /** A service over its store, terms and collaborators. */
    public DepositService(
            DepositStore store,
            DepositTerms terms,
            DepositBookings bookings,
            BuyerDirectory buyers,
            MessageSender sender,
            ConfirmationCodes codes,
            Transactions transactions,
            Ids ids,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.planner = new DepositPlanner();
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Plans a deposit closest to the amount and texts the phone its confirmation codes. */
    public Requested request(NewDeposit request) {
        return request(request, OvershootPolicy.CREDIT_REMAINDER);
    }

    /**
     * Plans a deposit under {@code policy} and texts the phone its confirmation codes. A repeat with
     * the same idempotency key and request returns the first deposit; with another request it is
     * refused with {@code idempotency-key-reused}.
     */
    public Requested request(NewDeposit request, OvershootPolicy policy) {
        String requestHash = Hashes.sha256Hex(request.phoneNumber() + "|" + request.amount() + "|" + request.currency()
                + "|" + request.source() + "|" + policy);
        Optional<Requested> earlier = repeat(request, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Carriers.Carrier carrier = bookings.carrierOf(request.phoneNumber())
                .orElseThrow(() -> ApiException.invalid("phone_number", "no configured carrier bills this number"));
        PricePoints points = terms.pricePointsOf(carrier.name())
                .orElseThrow(() -> ApiException.invalid(
                        "phone_number", "carrier " + carrier.name() + " bills no premium messages"));
        if (!points.currency().equals(request.currency())) {
            throw ApiException.invalid("currency", "carrier " + carrier.name() + " bills in " + points.currency());
        }
        Instant now = clock.instant();
        // One deposit at a time per phone, so each plan's daily limits are the phone's daily limits.
        if (store.hasOpen(request.phoneNumber(), now)) {
            throw new ApiException(
                    ProblemType.INVALID_STATE,
                    "a deposit for this number is still open; confirm, cancel or finish it first");
        }
        List<DepositPlanner.Planned> plan = planner.plan(
                request.amount(), request.currency(), points, limitsLeft(request.phoneNumber(), now), policy);
        if (plan.isEmpty()) {
            throw ApiException.invalid("amount", "no premium plan within the deposit limits collects this amount");
        }
        long planned = plan.stream().mapToLong(DepositPlanner.Planned::price).sum();
        String id = ids.next("dep");
        String user = buyers.findOrCreate(request.phoneNumber());
        ConfirmationCodes.Issued issued = codes.issue();
        Deposit deposit = new Deposit(
                id,
                user,
                request.phoneNumber(),
                carrier.name(),
                request.source(),
                terms.livemode(),
                request.amount(),
                request.currency(),
                planned,
                0,
                DepositStatus.REQUIRES_CONFIRMATION,
                Optional.of(ConfirmationCodes.hash(id, issued.replyCode())),
                Optional.of(ConfirmationCodes.hash(id, issued.webCode())),
                0,
                now.plus(terms.confirmationValidity()),
                Optional.empty(),
                now,
                now);
        List<PlanItem> items = new ArrayList<>();
        for (DepositPlanner.Planned p : plan) {
            items.add(new PlanItem(
                    PlanItem.idOf(id, p.seq()),
                    id,
                    p.seq(),
                    p.dayOffset(),
                    p.price(),
                    ItemState.QUEUED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    now));
        }
        boolean stored = transactions.inTransaction(() -> {
            if (!store.insert(deposit, items, request.idempotencyKey(), requestHash)) {
                return false;
            }
            store.event(
                    id,
                    "requested",
                    Optional.of(plan.size() + " messages, " + planned + " " + request.currency()),
                    now);
            return true;
        });
        if (!stored) {
            // Another request with the same key won the race.
            return repeat(request, requestHash).orElseThrow();
        }
        int days = (int) plan.stream()
                .mapToInt(DepositPlanner.Planned::dayOffset)
                .distinct()
                .count();
        try {
            sender.send(new PhoneMessage(
                    request.phoneNumber(),
                    DepositTexts.confirmation(issued, planned, request.currency(), plan.size(), days),
                    PhoneMessage.Purpose.CONFIRMATION,
                    id));
        } catch (MessageSender.NoRouteException e) {
            fail(id, "no route for the confirmation message");
            throw ApiException.invalid("phone_number", "no route reaches this number");
        }
        log.info(
                "deposit={} carrier={} amount={} planned={} messages={} days={} requested",
                id,
                carrier.name(),
                request.amount(),
                planned,
                plan.size(),
                days);
        return new Requested(deposit, false);
    }

    /** The limits less what this month's deposits of the phone already billed (or may have). */
    private Limits limitsLeft(String phoneNumber, Instant now) {
        Instant monthStart = LocalDate.ofInstant(now, terms.zone())
                .withDayOfMonth(1)
                .atStartOfDay(terms.zone())
                .toInstant();
        DepositStore.Billed billed = store.billedSince(phoneNumber, monthStart);
        Limits limits = terms.limits();
        return limits.withPerMonthCount(Math.max(0, limits.perMonthCount() - billed.messages()))
                .withPerMonthAmount(Math.max(0, limits.perMonthAmount() - billed.amount()));
    }

    private Optional<Requested> repeat(NewDeposit request, String requestHash) {
        if (request.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        return store.byIdempotencyKey(request.idempotencyKey().get()).map(keyed -> {
            if (!keyed.requestHash().equals(requestHash)) {
                throw new ApiException(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "this idempotency key was used for another deposit request",
                        "idempotency_key");
            }
            return new Requested(keyed.deposit(), true);
        });
    }

    /**
     * A deposit with its plan and history.
     *
     * @param deposit the deposit
     * @param items its plan
     * @param events its history
     */
    public record View(Deposit deposit, List<PlanItem> items, List<DepositStore.Event> events, long bonus) {

        /** What the user was credited: what the carrier billed, and any promotion bonus on top. */
        public long credited() {
            return deposit.billed() + bonus;
        }
    }

    /** The deposit with its plan and history. */
    public View view(String depositId) {
        Deposit deposit = store.find(depositId).orElseThrow(() -> ApiException.notFound("deposit", depositId));
        return new View(deposit, store.items(depositId), store.events(depositId), store.bonus(depositId));
    }

    private void fail(String id, String why) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            store.lock(id).ifPresent(deposit -> {
                if (deposit.status() == DepositStatus.REQUIRES_CONFIRMATION) {
                    store.update(deposit.with(DepositStatus.FAILED, now), DepositStatus.REQUIRES_CONFIRMATION);
                    store.event(id, "failed", Optional.of(why), now);
                }
            });
            return null;
        });
    }
}
