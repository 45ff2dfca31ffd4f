package io.relaypay.interchange.funding.internal;

import io.relaypay.interchange.funding.FundingOutcome;
import io.relaypay.interchange.funding.FundingRefund;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Reads the processor's card, bank and stored-value objects as funding outcomes. */
final class ProcessorAnswers {

    private ProcessorAnswers() {}

    static FundingOutcome charge(ProcessorHttp.Answer answer) {
        return switch (answer) {
            case ProcessorHttp.Answer.NoAnswer n -> new FundingOutcome.Unknown(n.why());
            case ProcessorHttp.Answer.Refused r -> new FundingOutcome.Declined(r.code(), r.detail());
            case ProcessorHttp.Answer.Ok ok -> object(ok.body());
        };
    }

    static FundingRefund.Outcome refund(ProcessorHttp.Answer answer) {
        return switch (answer) {
            case ProcessorHttp.Answer.NoAnswer n -> new FundingRefund.Outcome.Unknown(n.why());
            case ProcessorHttp.Answer.Refused r -> new FundingRefund.Outcome.Refused(r.code());
            case ProcessorHttp.Answer.Ok ok ->
                new FundingRefund.Outcome.Refunded(ok.body().path("id").asString());
        };
    }

    private static FundingOutcome object(JsonNode body) {
        if (body.isMissingNode()) {
            return new FundingOutcome.NotFound();
        }
        String id = body.path("id").asString();
        String status = body.path("status").asString("");
        return switch (status) {
            case "captured" ->
                new FundingOutcome.Captured(id, body.path("amount_captured").asLong());
            case "succeeded", "settled" ->
                new FundingOutcome.Captured(id, body.path("amount").asLong());
            case "declined" ->
                new FundingOutcome.Declined(
                        body.path("decline_code").asString("declined"), "declined by the processor");
            case "returned" ->
                new FundingOutcome.Declined(
                        body.path("return_code").asString("returned"),
                        body.path("return_reason").asString("returned"));
            case "canceled" -> new FundingOutcome.Declined("canceled", "voided at the processor");
            case "requires_action" ->
                new FundingOutcome.RequiresAction(
                        id, body.path("next_action").path("url").asString());
            case "pending" ->
                new FundingOutcome.Pending(
                        id, Instant.ofEpochSecond(body.path("settles_at").asLong()));
            // We always capture on authorization: an authorization left uncaptured is for an operator.
            default -> new FundingOutcome.Unknown(id + " is " + status);
        };
    }
}
