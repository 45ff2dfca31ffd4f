package io.relaypay.interchange.funding.internal;

import io.relaypay.interchange.funding.FundingCharge;
import io.relaypay.interchange.funding.FundingKind;
import io.relaypay.interchange.funding.FundingOutcome;
import io.relaypay.interchange.funding.FundingRefund;
import io.relaypay.interchange.funding.FundingSource;
import io.relaypay.interchange.funding.Instrument;
import java.util.Map;
import java.util.Objects;

/** Stored-value accounts at the processor, named by email: charged at once, refunded to the account. */
public final class HttpStoredValueFunding implements FundingSource {

    private final ProcessorHttp processor;

    /** Stored-value charges through {@code processor}. */
    public HttpStoredValueFunding(ProcessorHttp processor) {
        this.processor = Objects.requireNonNull(processor, "processor");
    }

    @Override
    public FundingKind kind() {
        return FundingKind.STORED_VALUE;
    }

    @Override
    public FundingOutcome charge(FundingCharge charge) {
        Instrument.StoredValue account = (Instrument.StoredValue) charge.instrument();
        return ProcessorAnswers.charge(processor.post(
                "/stored-value-payments",
                charge.reference() + "/charge",
                Map.of(
                        "email", account.email(),
                        "amount", charge.amount(),
                        "currency", charge.currency(),
                        "reference", charge.reference())));
    }

    @Override
    public FundingOutcome lookup(FundingCharge charge) {
        return ProcessorAnswers.charge(processor.findByReference("stored-value-payments", charge.reference()));
    }

    @Override
    public FundingRefund.Outcome refund(FundingRefund refund) {
        return ProcessorAnswers.refund(processor.post(
                "/stored-value-payments/" + refund.chargeId() + "/refunds",
                refund.reference(),
                Map.of("amount", refund.amount())));
    }
}
