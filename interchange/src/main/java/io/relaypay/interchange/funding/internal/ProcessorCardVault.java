package io.relaypay.interchange.funding.internal;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.users.CardVault;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The processor's vault: the card number goes to the processor's {@code POST /tokens} and only its
 * token comes back to be stored. The number is in this request's memory and nowhere else.
 */
public final class ProcessorCardVault implements CardVault {

    private final ProcessorHttp processor;

    /** Tokens from {@code processor}. */
    public ProcessorCardVault(ProcessorHttp processor) {
        this.processor = Objects.requireNonNull(processor, "processor");
    }

    @Override
    public String tokenize(String digits, int expMonth, int expYear) {
        // A random key: tokenizing twice is harmless (two tokens), and the key must not carry the number.
        ProcessorHttp.Answer answer = processor.post(
                "/tokens",
                "tok-" + UUID.randomUUID(),
                Map.of("number", digits, "exp_month", expMonth, "exp_year", expYear));
        return switch (answer) {
            case ProcessorHttp.Answer.Ok ok -> ok.body().path("id").asString();
            case ProcessorHttp.Answer.Refused r ->
                throw ApiException.invalid("number", "the card processor refused the card: " + r.code());
            case ProcessorHttp.Answer.NoAnswer n ->
                throw new ApiException(
                        ProblemType.FUNDING_SOURCE_UNAVAILABLE, "the card processor did not answer; try again");
        };
    }
}
