package io.relaypay.interchange.funds;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.ledger.domain.LedgerUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a confirmed payment's money: from the buyer's balance when it covers the amount (a hold,
 * then its post, with the merchant's fee split off in a transfer linked to the post), else by
 * charging the buyer's phone bill through the carrier first.
 *
 * <p>Safe to call again for the same payment, by the same or another node: a {@link Funding}
 * record fixes the path the first call chose, a lease on it lets one caller at a time work, every
 * ledger transfer has an id derived from the payment ({@link LedgerIds}), and the carrier charge is
 * made with the payment id as client correlator. A charge whose answer was lost leaves the record
 * in {@code CHARGING}; the next call looks it up by correlator before asking again.
 */
public final class PaymentSettlement implements PaymentFunding {

    private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);
    private static final int MAX_TEXT = 256;

    private final FundingStore store;
    private final Bookings bookings;
    private final OperatorBilling billing;
    private final Carriers carriers;
    private final MerchantLookup merchants;
    private final Ids ids;
    private final Clock clock;
    private final Duration lease;
    private final FeeSchedule fees;
    private final PremiumTopUpStep premium;

    /** A settlement over these parts; a settling worker holds a payment for at most {@code lease}. */
    public PaymentSettlement(
            FundingStore store,
            Bookings bookings,
            OperatorBilling billing,
            Carriers carriers,
            MerchantLookup merchants,
            Ids ids,
            Clock clock,
            Duration lease) {
        this(
                store,
                bookings,
                billing,
                carriers,
                merchants,
                ids,
                clock,
                lease,
                FeeSchedule.STANDARD,
                PremiumTopUps.NONE);
    }

    /**
     * As above, with merchant fees and carrier shares from {@code fees}; when a carrier refuses to
     * bill a purchase for another reason than the buyer's funds (third-party billing barred, say),
     * {@code topUps} tops the balance up by premium SMS instead.
     */
    public PaymentSettlement(
            FundingStore store,
            Bookings bookings,
            OperatorBilling billing,
            Carriers carriers,
            MerchantLookup merchants,
            Ids ids,
            Clock clock,
            Duration lease,
            FeeSchedule fees,
            PremiumTopUps topUps) {
        this.premium = new PremiumTopUpStep(topUps, bookings, fees, clock);
        this.fees = Objects.requireNonNull(fees, "fees");
        this.store = Objects.requireNonNull(store, "store");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.billing = Objects.requireNonNull(billing, "billing");
        this.carriers = Objects.requireNonNull(carriers, "carriers");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
    }

    @Override
    public Outcome settle(Payment payment) {
        Optional<Funding> earlier = store.find(payment.id());
        if (earlier.filter(f -> f.state().terminal()).isPresent()) {
            return outcomeOf(earlier.get());
        }
        if (payment.status() != PaymentStatus.PROCESSING) {
            throw new IllegalArgumentException(
                    "payment " + payment.id() + " is " + payment.status().wire() + ", not processing");
        }
        Optional<String> buyer = payment.userId();
        if (buyer.isEmpty()) {
            return new Outcome.Failed(FailureReason.FUNDING_FAILED, "the payment has no buyer");
        }
        Merchant merchant = merchants
                .find(payment.merchantId())
                .orElseThrow(() -> new IllegalStateException("no merchant " + payment.merchantId()));
        Instant now = clock.instant();
        Funding funding = store.startOrGet(
                Funding.start(payment.id(), fees.merchantFee(merchant, FundingMethod.BALANCE, payment.amount()), now));
        if (funding.state().terminal()) {
            return outcomeOf(funding);
        }
        String token = ids.next("lease");
        if (!store.claim(payment.id(), token, now, now.plus(lease))) {
            return new Outcome.Pending("another worker is settling it");
        }
        try {
            Funding current = store.find(payment.id()).orElseThrow();
            return new Run(payment, buyer.get(), merchant, token).advance(current);
        } catch (LedgerUnavailableException e) {
            log.warn("payment={} ledger unavailable while settling; will retry", payment.id(), e);
            return new Outcome.Pending("the ledger is unavailable");
        } finally {
            store.release(payment.id(), token);
        }
    }

    private static Outcome outcomeOf(Funding funding) {
        return switch (funding.state()) {
            case SETTLED -> new Outcome.Paid();
            case FAILED ->
                funding.failure()
                        .<Outcome>map(f -> new Outcome.Failed(f.reason(), f.message()))
                        .orElseGet(() -> new Outcome.Failed(FailureReason.FUNDING_FAILED, "funding failed"));
            default -> new Outcome.Pending("funding is " + funding.state());
        };
    }

    /** One settling attempt under the lease. */
    private final class Run {
        private final Payment payment;
        private final String buyer;
        private final Merchant merchant;
        private final String token;

        Run(Payment payment, String buyer, Merchant merchant, String token) {
            this.payment = payment;
            this.buyer = buyer;
            this.merchant = merchant;
            this.token = token;
        }

        Outcome advance(Funding funding) {
            boolean askedBefore = funding.state() == FundingState.CHARGING;
            Funding current = funding;
            while (true) {
                switch (current.state()) {
                    case STARTED -> {
                        if (bookings.holdFromWallet(payment, buyer) == Bookings.Result.BOOKED) {
                            return post(current);
                        }
                        Optional<Funding> next = chargeInstead(current);
                        if (next.isEmpty()) {
                            return new Outcome.Pending("lost the lease");
                        }
                        current = next.get();
                    }
                    case CHARGING -> {
                        Optional<Funding> next = charge(current, askedBefore);
                        if (next.isEmpty()) {
                            return new Outcome.Pending("the carrier has not confirmed the charge yet");
                        }
                        current = next.get();
                    }
                    case CHARGED -> {
                        String carrier = current.carrier().orElseThrow();
                        if (bookings.carrierChargeAndHold(payment, buyer, carrier, current.carrierShare())
                                != Bookings.Result.BOOKED) {
                            throw new IllegalStateException("payment " + payment.id()
                                    + ": the wallet could not cover a hold right after its credit");
                        }
                        return post(current);
                    }
                    case DEPOSITING -> {
                        Optional<Funding> next = premium.resume(current, payment, buyer);
                        if (next.isEmpty()) {
                            return new Outcome.Pending("waiting for the premium SMS top-up");
                        }
                        if (next.get().state() == FundingState.DEPOSITING) {
                            return post(current);
                        }
                        Optional<Funding> failed = save(next.get());
                        if (failed.isEmpty()) {
                            return new Outcome.Pending("lost the lease");
                        }
                        current = failed.get();
                    }
                    case SETTLED, FAILED -> {
                        return outcomeOf(current);
                    }
                }
            }
        }

        /** The balance was short: operator billing, or failure when the number has no carrier. */
        private Optional<Funding> chargeInstead(Funding funding) {
            Optional<Carriers.Carrier> carrier = payment.phoneNumber().flatMap(carriers::of);
            Instant now = clock.instant();
            if (carrier.isEmpty()) {
                return save(funding.failed(
                        FailureReason.INSUFFICIENT_FUNDS,
                        "the balance is short and this number cannot be charged by its carrier",
                        now));
            }
            log.info(
                    "payment={} balance short; charging carrier={}",
                    payment.id(),
                    carrier.get().name());
            return save(funding.charging(carrier.get().name(), fees.carrierShare(carrier.get(), payment.amount()), now)
                    .withFee(fees.merchantFee(merchant, FundingMethod.OPERATOR_BILLING, payment.amount())));
        }

        /** Asks the carrier (after looking for an earlier charge if one may exist); empty: unknown. */
        private Optional<Funding> charge(Funding funding, boolean lookFirst) {
            String carrier = funding.carrier().orElseThrow();
            OperatorBilling.Outcome outcome =
                    lookFirst ? billing.lookup(carrier, payment.id()) : new OperatorBilling.Outcome.NotFound();
            if (outcome instanceof OperatorBilling.Outcome.NotFound) {
                outcome = billing.charge(chargeOf(carrier));
            }
            Instant now = clock.instant();
            return switch (outcome) {
                case OperatorBilling.Outcome.Charged c
                when c.amount() == payment.amount() && c.currency().equals(payment.currency()) -> {
                    log.info("payment={} charged by carrier={} charge={}", payment.id(), carrier, c.chargeId());
                    yield save(funding.charged(c.chargeId(), now));
                }
                case OperatorBilling.Outcome.Charged c -> {
                    log.error(
                            "payment={} carrier={} charge={} is {} {}, not the payment's amount; left for an operator",
                            payment.id(),
                            carrier,
                            c.chargeId(),
                            c.amount(),
                            c.currency());
                    yield Optional.empty();
                }
                case OperatorBilling.Outcome.Declined d
                when !d.insufficient() && premium.enabled() -> {
                    log.info(
                            "payment={} carrier={} declined the charge: {}; topping up by premium SMS",
                            payment.id(),
                            carrier,
                            d.code());
                    yield save(premium.start(
                            funding, payment, buyer, merchant, "the carrier declined the charge: " + d.message()));
                }
                case OperatorBilling.Outcome.Declined d -> {
                    log.info("payment={} carrier={} declined the charge: {}", payment.id(), carrier, d.code());
                    yield save(funding.failed(
                            d.insufficient() ? FailureReason.INSUFFICIENT_FUNDS : FailureReason.FUNDING_FAILED,
                            "the carrier declined the charge: " + d.message(),
                            now));
                }
                case OperatorBilling.Outcome.Unknown u -> {
                    log.warn("payment={} carrier={} charge outcome unknown: {}", payment.id(), carrier, u.why());
                    yield Optional.empty();
                }
                case OperatorBilling.Outcome.NotFound n -> Optional.empty();
                // A one-step charge is never left reserved or cancelled: an operator must look at it.
                case OperatorBilling.Outcome.Reserved r -> {
                    log.error(
                            "payment={} carrier={} charge={} is reserved, not charged",
                            payment.id(),
                            carrier,
                            r.chargeId());
                    yield Optional.empty();
                }
                case OperatorBilling.Outcome.Cancelled c -> {
                    log.error(
                            "payment={} carrier={} charge={} is cancelled ({})",
                            payment.id(),
                            carrier,
                            c.chargeId(),
                            c.reason());
                    yield Optional.empty();
                }
            };
        }

        private OperatorBilling.Charge chargeOf(String carrier) {
            String description = payment.description().orElse("Payment " + payment.reference());
            return new OperatorBilling.Charge(
                    carrier,
                    payment.phoneNumber().orElseThrow(),
                    payment.amount(),
                    payment.currency(),
                    clip(description),
                    payment.id(),
                    payment.id(),
                    clip(merchant.name()));
        }

        private Outcome post(Funding funding) {
            if (bookings.postWithFee(payment, buyer, funding.method(), funding.fee()) != Bookings.Result.BOOKED) {
                throw new IllegalStateException(
                        "payment " + payment.id() + ": the merchant's balance could not pay the fee of its own post");
            }
            if (save(funding.settled(clock.instant())).isEmpty()) {
                // Another worker took over; it will find every transfer in place and mark it settled.
                log.warn("payment={} settled but lost the lease before recording it", payment.id());
            }
            log.info(
                    "payment={} settled method={} fee={}",
                    payment.id(),
                    funding.method().wire(),
                    funding.fee());
            return new Outcome.Paid();
        }

        private Optional<Funding> save(Funding next) {
            return store.save(next, token) ? Optional.of(next) : Optional.empty();
        }
    }

    /** {@code text} cut to what a failure message or a carrier's description field holds. */
    static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
