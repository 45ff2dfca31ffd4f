package io.relaypay.interchange.deposits;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.messages.ReplyListener;
import io.relaypay.interchange.settlement.CarrierCredits;
import io.relaypay.messaging.PremiumPrice;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deposits by premium MO: a text to one of the configured premium short codes that its carrier says
 * it billed (the price TLV on the MO) credits the sender that price, booked as for a premium MT
 * ({@link DepositBookings}: carrier share per price point, promotion bonus, user fee). The MO is
 * stored here before the router remembers it as handled, so when remembering fails (the SMSC is
 * told {@code ESME_RX_T_APPN} and delivers it again) the redelivery finds the charge by the
 * carrier's reference and is not stored twice (V111); {@link #creditPending} books the stored ones,
 * idempotently by their id. No confirmation round trip: the user sent the text from the phone.
 */
public final class PremiumMoCredits implements ReplyListener {

    private static final Logger log = LoggerFactory.getLogger(PremiumMoCredits.class);

    private final PremiumMoStore store;
    private final Set<String> shortCodes;
    private final DepositBookings bookings;
    private final BuyerDirectory buyers;
    private final boolean livemode;
    private final Ids ids;
    private final Clock clock;

    /** Credits for MOs to {@code shortCodes}. */
    public PremiumMoCredits(
            PremiumMoStore store,
            Set<String> shortCodes,
            DepositBookings bookings,
            BuyerDirectory buyers,
            boolean livemode,
            Ids ids,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.shortCodes = Set.copyOf(shortCodes);
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
        this.livemode = livemode;
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean onReply(Reply reply) {
        if (!shortCodes.contains(reply.to())) {
            return false;
        }
        if (reply.premiumPrice().isEmpty()) {
            log.warn("mo to premium short code {} without a price: not billed, not credited", reply.to());
            return false;
        }
        PremiumPrice price = reply.premiumPrice().get();
        Optional<Carriers.Carrier> carrier = bookings.carrierOf(reply.from());
        if (carrier.isEmpty()) {
            log.warn("premium mo to {} from a number of no configured carrier: not credited", reply.to());
            return false;
        }
        String id = ids.next("pmo");
        boolean stored = store.insert(new PremiumMoCharge(
                id,
                buyers.findOrCreate(reply.from()),
                reply.from(),
                carrier.get().name(),
                reply.to(),
                price.amountMinor(),
                price.currency(),
                livemode,
                Optional.empty(),
                reply.channel(),
                reply.receivedAt(),
                reply.carrierReference()));
        if (!stored) {
            log.info(
                    "premium mo carrier={} reference={} stored before; a redelivery, not a second charge",
                    carrier.get().name(),
                    reply.carrierReference().orElse(""));
            return true;
        }
        log.info("premium_mo={} short_code={} price={} stored", id, reply.to(), price);
        return true;
    }

    /** Credits stored premium MOs; returns how many. */
    public int creditPending(int limit) {
        int credited = 0;
        for (PremiumMoCharge charge : store.pending(limit)) {
            Optional<Carriers.Carrier> carrier = bookings.carrierOf(charge.phoneNumber())
                    .filter(c -> c.name().equals(charge.carrier()));
            if (carrier.isEmpty()) {
                log.warn("premium_mo={} carrier {} no longer configured; left pending", charge.id(), charge.carrier());
                continue;
            }
            CarrierCredits.Credited booked = bookings.credit(
                    charge.id(),
                    charge.userId(),
                    charge.carrier(),
                    charge.amount(),
                    charge.currency(),
                    charge.livemode());
            store.credited(charge.id(), booked.share(), booked.bonus(), clock.instant());
            log.info(
                    "premium_mo={} credited={} carrier_share={} bonus={}",
                    charge.id(),
                    charge.amount(),
                    booked.share(),
                    booked.bonus());
            credited++;
        }
        return credited;
    }
}
