package io.relaypay.interchange.funding.internal;

import io.relaypay.interchange.funding.FundingCharge;
import io.relaypay.interchange.funding.FundingKind;
import io.relaypay.interchange.funding.FundingOutcome;
import io.relaypay.interchange.funding.FundingRefund;
import io.relaypay.interchange.funding.FundingSource;
import io.relaypay.interchange.funding.Instrument;
import java.util.Map;
import java.util.Objects;

/** Cards through the processor: authorize and capture in one call, the challenge, refunds. */
public final class HttpCardFunding implements FundingSource {

    private final ProcessorHttp processor;

    /** Card charges through {@code processor}. */
    public HttpCardFunding(ProcessorHttp processor) {
        this.processor = Objects.requireNonNull(processor, "processor");
    }

    @Override
    public FundingKind kind() {
        return FundingKind.CARD;
    }

    @Override
    public FundingOutcome charge(FundingCharge charge) {
        Instrument.Card card = (Instrument.Card) charge.instrument();
        return ProcessorAnswers.charge(processor.post(
                "/card-payments",
                charge.reference() + "/charge",
                Map.of(
                        "token", card.token(),
                        "amount", charge.amount(),
                        "currency", charge.currency(),
                        "reference", charge.reference(),
                        "capture", true)));
    }

    @Override
    public FundingOutcome lookup(FundingCharge charge) {
        return ProcessorAnswers.charge(processor.findByReference("card-payments", charge.reference()));
    }

    @Override
    public FundingOutcome answerChallenge(FundingCharge charge, String chargeId, String code) {
        // A wrong code is refused as Declined("challenge-failed") while the challenge stays open.
        return ProcessorAnswers.charge(processor.post(
                "/card-payments/" + chargeId + "/challenge",
                charge.reference() + "/challenge/" + code,
                Map.of("code", code)));
    }

    @Override
    public FundingRefund.Outcome refund(FundingRefund refund) {
        return ProcessorAnswers.refund(processor.post(
                "/card-payments/" + refund.chargeId() + "/refunds",
                refund.reference(),
                Map.of("amount", refund.amount())));
    }
}
