package io.relaypay.interchange.deposits;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.settlement.CarrierCredits;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The premium messages of confirmed deposits, one plan item at a time: sends an item once due,
 * follows its delivery receipt, credits what the carrier billed, and settles the deposit once every
 * item is settled. Every step is safe to repeat, on any node:
 *
 * <ul>
 *   <li>an item's message id is derived from the item id and stored ({@code SENDING}) before the
 *       message is handed to the outbox; a retry asks the outbox for that id before sending, and the
 *       outbox itself never sends a premium message twice;
 *   <li>the credit's transfer ids derive from the item id, so booking again answers {@code exists};
 *   <li>every state change is a compare-and-set on the item's state.
 * </ul>
 *
 * <p>A message whose fate stayed unknown is never sent again: sending it again may charge the phone
 * twice. It waits as {@code unknown} until {@link #reconcile} says, from the carrier's records,
 * whether it was billed. So the user is credited exactly what delivery receipts (and reconciliation)
 * show was billed, also when the plan completes only in part.
 */
public final class DepositCharges {

    private static final Logger log = LoggerFactory.getLogger(DepositCharges.class);

    private final DepositStore store;
    private final PremiumCharges charges;
    private final DepositBookings bookings;
    private final Transactions transactions;
    private final Clock clock;

    /** Charges over their store, sender and bookings. */
    public DepositCharges(
            DepositStore store,
            PremiumCharges charges,
            DepositBookings bookings,
            Transactions transactions,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.charges = Objects.requireNonNull(charges, "charges");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The outbox message id of plan item {@code itemId}: the same on every node and every retry. */
    public static String messageIdOf(String itemId) {
        UUID uuid = UUID.nameUUIDFromBytes(("relaypay/deposit-item/" + itemId).getBytes(StandardCharsets.UTF_8));
        return "msg_" + uuid;
    }

    /** Sends an item that is due ({@code QUEUED}) or was left {@code SENDING} by a crash. */
    public void send(PlanItem item) {
        Instant now = clock.instant();
        PlanItem claimed = item;
        if (item.state() == ItemState.QUEUED) {
            claimed = with(
                    item, ItemState.SENDING, Optional.of(messageIdOf(item.id())), item.route(), item.detail(), now);
            if (!store.updateItem(claimed, ItemState.QUEUED)) {
                return;
            }
        }
        if (claimed.state() == ItemState.SENDING) {
            handOver(claimed, now);
        }
    }

    private void handOver(PlanItem sending, Instant now) {
        PlanItem item = sending;
        String messageId = sending.messageId().orElseThrow();
        if (!(charges.outcome(messageId) instanceof PremiumCharges.Outcome.NotAccepted)) {
            // Accepted before a crash: never hand it over a second time.
            store.updateItem(
                    with(sending, ItemState.SENT, sending.messageId(), sending.route(), sending.detail(), now),
                    ItemState.SENDING);
            return;
        }
        Deposit deposit = store.find(item.depositId()).orElseThrow();
        int count = store.items(deposit.id()).size();
        try {
            Optional<String> route = charges.send(
                    messageId,
                    deposit.phoneNumber(),
                    item.price(),
                    deposit.currency(),
                    DepositTexts.charge(item.price(), deposit.currency(), item.seq(), count),
                    deposit.id());
            store.updateItem(
                    with(sending, ItemState.SENT, sending.messageId(), route, Optional.empty(), now),
                    ItemState.SENDING);
            log.info(
                    "deposit={} item={} message={} price={} sent route={}",
                    deposit.id(),
                    item.seq(),
                    messageId,
                    item.price(),
                    route.orElse("?"));
        } catch (MessageSender.NoRouteException e) {
            transactions.inTransaction(() -> {
                if (store.updateItem(
                        with(
                                sending,
                                ItemState.FAILED,
                                sending.messageId(),
                                Optional.empty(),
                                Optional.of("no billing route"),
                                now),
                        ItemState.SENDING)) {
                    store.event(deposit.id(), "charge_failed", Optional.of(item.id() + ": no billing route"), now);
                }
                return null;
            });
            log.warn("deposit={} item={} no route can bill {}", deposit.id(), item.seq(), item.price());
        }
    }

    /** Follows a {@code SENT} item's receipt: billed items are credited, failed and unknown ones recorded. */
    public void follow(PlanItem item) {
        if (item.state() != ItemState.SENT) {
            return;
        }
        String messageId = item.messageId().orElseThrow();
        Instant now = clock.instant();
        switch (charges.outcome(messageId)) {
            case PremiumCharges.Outcome.Billed billed -> credit(item, ItemState.SENT, Optional.of(billed.channel()));
            case PremiumCharges.Outcome.Failed failed -> settleUnbilled(item, ItemState.FAILED, failed.reason(), now);
            case PremiumCharges.Outcome.Unknown unknown ->
                settleUnbilled(item, ItemState.UNKNOWN, unknown.reason(), now);
            case PremiumCharges.Outcome.NotAccepted gone ->
                // SENT means the outbox took it; a missing message is a bug, never a reason to resend.
                settleUnbilled(item, ItemState.UNKNOWN, "message missing from the outbox", now);
            case PremiumCharges.Outcome.Pending pending -> {}
        }
    }

    private void settleUnbilled(PlanItem item, ItemState state, String reason, Instant now) {
        transactions.inTransaction(() -> {
            if (store.updateItem(
                    with(item, state, item.messageId(), item.route(), Optional.of(reason), now), ItemState.SENT)) {
                store.event(
                        item.depositId(),
                        state == ItemState.FAILED ? "charge_failed" : "charge_unknown",
                        Optional.of(item.id() + ": " + reason),
                        now);
                log.info("deposit={} item={} {} reason=\"{}\"", item.depositId(), item.seq(), state.wire(), reason);
            }
            return null;
        });
    }

    private void credit(PlanItem item, ItemState expected, Optional<String> route) {
        Deposit deposit = store.find(item.depositId()).orElseThrow();
        // Ledger first: it is idempotent by transfer id, so a crash before the state change only repeats it.
        CarrierCredits.Credited credited = bookings.credit(
                item.id(), deposit.userId(), deposit.carrier(), item.price(), deposit.currency(), deposit.livemode());
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            if (store.updateItem(
                    with(item, ItemState.BILLED, item.messageId(), route.or(item::route), Optional.empty(), now),
                    expected)) {
                store.itemCredited(
                        item.id(), item.messageId().flatMap(charges::reference), credited.share(), credited.bonus());
                store.addBilled(deposit.id(), item.price(), now);
                store.event(
                        deposit.id(),
                        "charge_billed",
                        Optional.of(item.id() + ": " + item.price() + " share " + credited.share() + " bonus "
                                + credited.bonus()),
                        now);
            }
            return null;
        });
        log.info(
                "deposit={} item={} billed={} carrier_share={} bonus={} credited",
                deposit.id(),
                item.seq(),
                item.price(),
                credited.share(),
                credited.bonus());
    }

    /**
     * Settles a deposit none of whose items is waiting any more: succeeded when all was billed,
     * partially succeeded when some was, failed when nothing was.
     */
    public void finish(String depositId) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            Deposit deposit = store.lock(depositId).orElseThrow();
            List<PlanItem> items = store.items(depositId);
            if (!items.stream().allMatch(i -> i.state().isSettled())) {
                return null;
            }
            DepositStatus next = DepositStatus.settled(deposit.billed(), deposit.planned());
            if (next == deposit.status() || !deposit.status().successors().contains(next)) {
                return null;
            }
            store.update(deposit.with(next, now), deposit.status());
            long unknown =
                    items.stream().filter(i -> i.state() == ItemState.UNKNOWN).count();
            store.event(
                    depositId,
                    next.wire(),
                    Optional.of("billed " + deposit.billed() + " of " + deposit.planned()
                            + (unknown > 0 ? ", " + unknown + " unknown" : "")),
                    now);
            log.info(
                    "deposit={} status={} billed={} planned={} unknown={}",
                    depositId,
                    next.wire(),
                    deposit.billed(),
                    deposit.planned(),
                    unknown);
            return null;
        });
    }

    /**
     * Settles an {@code unknown} item from the carrier's records: billed → credited like a delivered
     * one; not billed → failed. The deposit's status follows.
     *
     * @throws ApiException {@code not-found}, or {@code invalid-state} when the item is not unknown
     */
    public PlanItem reconcile(String itemId, boolean billed) {
        PlanItem item = store.item(itemId).orElseThrow(() -> ApiException.notFound("deposit item", itemId));
        if (item.state() != ItemState.UNKNOWN) {
            throw new ApiException(
                    ProblemType.INVALID_STATE,
                    "item " + itemId + " is " + item.state().wire() + ", not unknown");
        }
        Instant now = clock.instant();
        if (billed) {
            credit(item, ItemState.UNKNOWN, Optional.empty());
        } else {
            transactions.inTransaction(() -> {
                if (store.updateItem(
                        with(
                                item,
                                ItemState.FAILED,
                                item.messageId(),
                                item.route(),
                                Optional.of("reconciled: not billed"),
                                now),
                        ItemState.UNKNOWN)) {
                    store.event(item.depositId(), "charge_reconciled", Optional.of(itemId + ": not billed"), now);
                }
                return null;
            });
        }
        finish(item.depositId());
        return store.item(itemId).orElseThrow();
    }

    private static PlanItem with(
            PlanItem i,
            ItemState state,
            Optional<String> messageId,
            Optional<String> route,
            Optional<String> detail,
            Instant now) {
        return new PlanItem(
                i.id(),
                i.depositId(),
                i.seq(),
                i.dayOffset(),
                i.price(),
                state,
                i.dueAt(),
                messageId,
                route,
                detail,
                now);
    }
}
