package io.relaypay.interchange.funding;

import io.relaypay.interchange.funds.OperatorBilling;
import java.util.Objects;

/**
 * The phone bill as a funding source: the carrier's one-step charge with the reference as client
 * correlator, so a repeat never bills twice and a lost answer is found again. Refunds go through
 * the carrier's refund API with the refund id as client correlator.
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
    public FundingOutcome charge(FundingCharge charge) {
        Instrument.PhoneBill bill = (Instrument.PhoneBill) charge.instrument();
        return outcome(billing.charge(new OperatorBilling.Charge(
                bill.carrier(),
                bill.phoneNumber(),
                charge.amount(),
                charge.currency(),
                charge.description(),
                charge.reference(),
                charge.reference(),
                merchantName)));
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
        };
    }

    private static FundingOutcome outcome(OperatorBilling.Outcome outcome) {
        return switch (outcome) {
            case OperatorBilling.Outcome.Charged c -> new FundingOutcome.Captured(c.chargeId(), c.amount());
            case OperatorBilling.Outcome.Declined d ->
                new FundingOutcome.Declined(d.insufficient() ? "insufficient_funds" : d.code(), d.message());
            case OperatorBilling.Outcome.NotFound n -> new FundingOutcome.NotFound();
            case OperatorBilling.Outcome.Unknown u -> new FundingOutcome.Unknown(u.why());
        };
    }
}
