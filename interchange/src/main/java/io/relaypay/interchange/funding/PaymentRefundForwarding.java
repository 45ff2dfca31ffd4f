package io.relaypay.interchange.funding;

import io.relaypay.interchange.funds.Bookings;
import io.relaypay.interchange.funds.Funding;
import io.relaypay.interchange.funds.FundingMethod;
import io.relaypay.interchange.funds.FundingStore;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.refunds.Refund;
import io.relaypay.interchange.refunds.RefundForwarding;
import io.relaypay.interchange.users.UserService;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refunds of payments charged to the phone bill go back to the phone bill: the refunded amount
 * leaves the buyer's wallet for the carrier's receivable (with the carrier's share of it), and the
 * carrier's refund API is asked with the refund id as client correlator. A refusal puts the money
 * back on the wallet; a wallet already spent keeps the refund on the balance. Payments paid from
 * the balance are refunded to the balance. A refund the carrier made is recorded (its refund id,
 * the share given back) before the refund finishes, for the carrier's remittance to match.
 */
public final class PaymentRefundForwarding implements RefundForwarding {

    private static final Logger log = LoggerFactory.getLogger(PaymentRefundForwarding.class);

    private final FundingStore fundings;
    private final FundingSources sources;
    private final FundingBookings bookings;
    private final UserService users;
    private final PhoneBillRefundStore billRefunds;
    private final Clock clock;

    /** Forwarding by how each payment was funded; refunds to the bill recorded in {@code billRefunds}. */
    public PaymentRefundForwarding(
            FundingStore fundings,
            FundingSources sources,
            FundingBookings bookings,
            UserService users,
            PhoneBillRefundStore billRefunds,
            Clock clock) {
        this.fundings = Objects.requireNonNull(fundings, "fundings");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.users = Objects.requireNonNull(users, "users");
        this.billRefunds = Objects.requireNonNull(billRefunds, "billRefunds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Destination forward(Refund refund, Payment payment) {
        Optional<Funding> funding = fundings.find(payment.id());
        if (funding.isEmpty()
                || funding.get().method() != FundingMethod.OPERATOR_BILLING
                || funding.get().carrier().isEmpty()
                || funding.get().chargeId().isEmpty()
                || payment.userId().isEmpty()) {
            return Destination.BALANCE;
        }
        String buyer = payment.userId().get();
        String phone = users.find(buyer).orElseThrow().phoneNumber();
        Instrument.PhoneBill bill =
                new Instrument.PhoneBill(funding.get().carrier().get(), phone);
        if (bookings.giveBack(refund.id(), buyer, bill, refund.amount(), payment.currency(), payment.livemode())
                != Bookings.Result.BOOKED) {
            log.info("refund={} buyer's balance already spent; the refund stays on it", refund.id());
            return Destination.BALANCE;
        }
        FundingRefund.Outcome outcome = sources.of(FundingKind.OPERATOR_BILLING)
                .refund(new FundingRefund(
                        refund.id(),
                        new FundingCharge(payment.id(), bill, payment.amount(), payment.currency(), "payment"),
                        funding.get().chargeId().get(),
                        refund.amount()));
        return switch (outcome) {
            case FundingRefund.Outcome.Refunded r -> {
                billRefunds.record(new PhoneBillRefund(
                        refund.id(),
                        r.refundId(),
                        bill.carrier(),
                        refund.amount(),
                        bookings.shareGivenBack(bill, refund.amount()),
                        payment.currency(),
                        payment.livemode(),
                        clock.instant()));
                yield Destination.ORIGINAL_METHOD;
            }
            case FundingRefund.Outcome.Unknown u -> Destination.UNKNOWN;
            case FundingRefund.Outcome.Refused r -> {
                log.info(
                        "refund={} refused by the carrier ({}); it stays on the buyer's balance",
                        refund.id(),
                        r.code());
                if (bookings.takeBackToWallet(
                                refund.id(), buyer, bill, refund.amount(), payment.currency(), payment.livemode())
                        != Bookings.Result.BOOKED) {
                    throw new IllegalStateException("refund " + refund.id() + " could not be put back on the wallet");
                }
                yield Destination.BALANCE;
            }
        };
    }
}
