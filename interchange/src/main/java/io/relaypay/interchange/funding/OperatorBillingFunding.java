package io.relaypay.interchange.funding;

import io.relaypay.interchange.funds.OperatorBilling;
import java.util.Objects;

/**
 * The phone bill as a funding source, in CAMARA's two steps: the amount is reserved on the bill
 * when the deposit is created (prepare), charged once the user confirmed (confirm), and released
 * when the deposit is cancelled or expires (cancel). The reference is the client correlator of
 * every request, so a repeat never bills twice and a lost answer is found again by it. Refunds go
 * through the carrier's refund API with the refund id as client correlator.
 */
public final class OperatorBillingFunding implements FundingSource {

    private final OperatorBilling billing;
    private final String merchantName;

    /**
     * Charges through {@code billing}.
     *
     * @param merchantName what the bill line names as the seller
     */
    public OperatorBillingFunding(OperatorBilling billing, String merchantName) {
        this.billing = Objects.requireNonNull(billing, "billing");
        this.merchantName = Objects.requireNonNull(merchantName, "merchantName");
    }

    @Override
    public FundingKind kind() {
        return FundingKind.OPERATOR_BILLING;
    }

    @Override
    public boolean reserves() {
        return true;
    }

    @Override
    public FundingOutcome reserve(FundingCharge charge) {
        return outcome(billing.prepare(request(charge)));
    }

    /**
     * Reserves (a repeat answers the payment as the carrier has it) and confirms what is reserved:
     * for a deposit whose reservation answer was lost, or never asked for.
     */
    @Override
    public FundingOutcome charge(FundingCharge charge) {
        OperatorBilling.Outcome prepared = billing.prepare(request(charge));
        if (prepared instanceof OperatorBilling.Outcome.Reserved r) {
            return capture(charge, r.chargeId());
        }
        return outcome(prepared);
    }

    @Override
    public FundingOutcome capture(FundingCharge charge, String reservationId) {
        Instrument.PhoneBill bill = (Instrument.PhoneBill) charge.instrument();
        return outcome(billing.confirm(bill.carrier(), reservationId, bill.phoneNumber()));
    }

    @Override
    public Release release(FundingCharge charge) {
        Instrument.PhoneBill bill = (Instrument.PhoneBill) charge.instrument();
        OperatorBilling.Outcome found = billing.lookup(bill.carrier(), charge.reference());
        if (found instanceof OperatorBilling.Outcome.Reserved r) {
            found = billing.cancel(bill.carrier(), r.chargeId(), bill.phoneNumber());
        }
        return switch (found) {
            case OperatorBilling.Outcome.Cancelled c -> Release.RELEASED;
            case OperatorBilling.Outcome.NotFound n -> Release.RELEASED;
            // The carrier refused the cancel for a reason other than a charge (e.g. no such payment):
            // nothing is held that we could release.
            case OperatorBilling.Outcome.Declined d -> Release.RELEASED;
            case OperatorBilling.Outcome.Charged c -> Release.CHARGED;
            case OperatorBilling.Outcome.Reserved r -> Release.UNKNOWN;
            case OperatorBilling.Outcome.Unknown u -> Release.UNKNOWN;
        };
    }

    @Override
    public FundingOutcome lookup(FundingCharge charge) {
        Instrument.PhoneBill bill = (Instrument.PhoneBill) charge.instrument();
        return outcome(billing.lookup(bill.carrier(), charge.reference()));
    }

    @Override
    public FundingRefund.Outcome refund(FundingRefund refund) {
        Instrument.PhoneBill bill = (Instrument.PhoneBill) refund.charge().instrument();
        return switch (billing.refund(new OperatorBilling.Refund(
                bill.carrier(),
                refund.chargeId(),
                refund.amount(),
                refund.charge().currency(),
                refund.reference(),
                "refund " + refund.reference()))) {
            case OperatorBilling.Outcome.Charged c -> new FundingRefund.Outcome.Refunded(c.chargeId());
            case OperatorBilling.Outcome.Declined d -> new FundingRefund.Outcome.Refused(d.code());
            case OperatorBilling.Outcome.NotFound n -> new FundingRefund.Outcome.Refused("not_found");
            case OperatorBilling.Outcome.Unknown u -> new FundingRefund.Outcome.Unknown(u.why());
            case OperatorBilling.Outcome.Reserved r -> new FundingRefund.Outcome.Unknown("refund answered as reserved");
            case OperatorBilling.Outcome.Cancelled c ->
                new FundingRefund.Outcome.Unknown("refund answered as cancelled");
        };
    }

    private OperatorBilling.Charge request(FundingCharge charge) {
        Instrument.PhoneBill bill = (Instrument.PhoneBill) charge.instrument();
        return new OperatorBilling.Charge(
                bill.carrier(),
                bill.phoneNumber(),
                charge.amount(),
                charge.currency(),
                charge.description(),
                charge.reference(),
                charge.reference(),
                merchantName);
    }

    private static FundingOutcome outcome(OperatorBilling.Outcome outcome) {
        return switch (outcome) {
            case OperatorBilling.Outcome.Charged c -> new FundingOutcome.Captured(c.chargeId(), c.amount());
            case OperatorBilling.Outcome.Reserved r -> new FundingOutcome.Reserved(r.chargeId());
            // Released by us or expired at the carrier before the confirmation reached it.
            case OperatorBilling.Outcome.Cancelled c ->
                new FundingOutcome.Declined(
                        c.reason().equals("expired") ? "reservation_expired" : "canceled",
                        "the reservation on the bill was cancelled (" + c.reason() + ")");
            case OperatorBilling.Outcome.Declined d ->
                new FundingOutcome.Declined(d.insufficient() ? "insufficient_funds" : d.code(), d.message());
            case OperatorBilling.Outcome.NotFound n -> new FundingOutcome.NotFound();
            case OperatorBilling.Outcome.Unknown u -> new FundingOutcome.Unknown(u.why());
        };
    }
}
