package io.relaypay.interchange.funding.internal;

import io.relaypay.interchange.funding.FundingCharge;
import io.relaypay.interchange.funding.FundingKind;
import io.relaypay.interchange.funding.FundingOutcome;
import io.relaypay.interchange.funding.FundingRefund;
import io.relaypay.interchange.funding.FundingSource;
import io.relaypay.interchange.funding.Instrument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Bank accounts through the processor, ACH-style: a debit is pending until the bank settles or
 * returns it days later; a refund is a credit to the same account.
 */
public final class HttpBankFunding implements FundingSource {

    private final ProcessorHttp processor;

    /** Bank debits and credits through {@code processor}. */
    public HttpBankFunding(ProcessorHttp processor) {
        this.processor = Objects.requireNonNull(processor, "processor");
    }

    @Override
    public FundingKind kind() {
        return FundingKind.BANK;
    }

    @Override
    public FundingOutcome charge(FundingCharge charge) {
        return ProcessorAnswers.charge(processor.post(
                "/bank-transfers",
                charge.reference() + "/debit",
                transfer(
                        "debit",
                        (Instrument.BankAccount) charge.instrument(),
                        charge.amount(),
                        charge.currency(),
                        charge.reference())));
    }

    @Override
    public FundingOutcome lookup(FundingCharge charge) {
        return ProcessorAnswers.charge(processor.findByReference("bank-transfers", charge.reference()));
    }

    @Override
    public FundingRefund.Outcome refund(FundingRefund refund) {
        FundingCharge charge = refund.charge();
        return ProcessorAnswers.refund(processor.post(
                "/bank-transfers",
                refund.reference() + "/credit",
                transfer(
                        "credit",
                        (Instrument.BankAccount) charge.instrument(),
                        refund.amount(),
                        charge.currency(),
                        refund.reference())));
    }

    private static Map<String, Object> transfer(
            String direction, Instrument.BankAccount account, long amount, String currency, String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("direction", direction);
        body.put("account_number", account.accountNumber());
        if (!account.routingNumber().isEmpty()) {
            body.put("routing_number", account.routingNumber());
        }
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("reference", reference);
        return body;
    }
}
