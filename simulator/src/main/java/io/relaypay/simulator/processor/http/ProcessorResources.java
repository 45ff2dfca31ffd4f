package io.relaypay.simulator.processor.http;

import io.relaypay.simulator.processor.BankTransfer;
import io.relaypay.simulator.processor.Processor;
import io.relaypay.simulator.processor.ProcessorException;
import io.relaypay.simulator.processor.Refund;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The processor API's resources: which path does what to the {@link Processor}, and the JSON it
 * answers. {@link ProcessorApi} handles the HTTP around them (key, idempotency, faults).
 */
final class ProcessorResources {

    private final Processor processor;

    ProcessorResources(Processor processor) {
        this.processor = processor;
    }

    Reply post(String path, JsonNode json) {
        String[] s = ProcessorApi.segments(path);
        boolean declineAll = processor.faults().declineAll();
        return switch (s.length) {
            case 1 ->
                switch (s[0]) {
                    case "tokens" ->
                        Reply.created(ProcessorJson.card(processor
                                .cards()
                                .tokenize(
                                        ProcessorJson.text(json, "number"),
                                        ProcessorJson.integer(json, "exp_month"),
                                        ProcessorJson.integer(json, "exp_year"))));
                    case "card-payments" ->
                        Reply.created(ProcessorJson.cardPayment(processor
                                .cards()
                                .authorize(
                                        ProcessorJson.text(json, "token"),
                                        ProcessorJson.amount(json, "amount"),
                                        ProcessorJson.currency(json),
                                        ProcessorJson.reference(json),
                                        ProcessorJson.flag(json, "capture", true),
                                        declineAll)));
                    case "bank-transfers" ->
                        Reply.created(ProcessorJson.bankTransfer(processor
                                .bankTransfers()
                                .create(
                                        direction(ProcessorJson.text(json, "direction")),
                                        ProcessorJson.text(json, "account_number"),
                                        json.path("routing_number").asString(""),
                                        ProcessorJson.amount(json, "amount"),
                                        ProcessorJson.currency(json),
                                        ProcessorJson.reference(json))));
                    case "stored-value-payments" ->
                        Reply.created(ProcessorJson.storedValuePayment(processor
                                .storedValue()
                                .charge(
                                        ProcessorJson.text(json, "email"),
                                        ProcessorJson.amount(json, "amount"),
                                        ProcessorJson.currency(json),
                                        ProcessorJson.reference(json),
                                        declineAll)));
                    default -> throw ProcessorApi.notFound(path);
                };
            case 2 -> control(s, json, path);
            case 3 ->
                switch (s[0] + "/" + s[2]) {
                    case "card-payments/challenge" ->
                        Reply.ok(ProcessorJson.cardPayment(
                                processor.cards().completeChallenge(s[1], ProcessorJson.text(json, "code"))));
                    case "card-payments/capture" ->
                        Reply.ok(ProcessorJson.cardPayment(processor
                                .cards()
                                .capture(s[1], ProcessorJson.amountOr(json, "amount", authorized(s[1])))));
                    case "card-payments/cancel" ->
                        Reply.ok(ProcessorJson.cardPayment(processor.cards().cancel(s[1])));
                    case "card-payments/refunds" ->
                        Reply.created(ProcessorJson.refund(processor
                                .cards()
                                .refund(s[1], ProcessorJson.amountOr(json, "amount", cardRefundable(s[1])))));
                    case "stored-value-payments/refunds" ->
                        Reply.created(ProcessorJson.refund(processor
                                .storedValue()
                                .refund(s[1], ProcessorJson.amountOr(json, "amount", storedValueRefundable(s[1])))));
                    default -> throw ProcessorApi.notFound(path);
                };
            default -> throw ProcessorApi.notFound(path);
        };
    }

    private Reply control(String[] s, JsonNode json, String path) {
        if (!s[0].equals("control")) {
            throw ProcessorApi.notFound(path);
        }
        switch (s[1]) {
            case "clock" -> {
                processor.advance(Duration.ofSeconds(ProcessorJson.amount(json, "advance_seconds")));
                return Reply.ok(Map.of("now", processor.clock().instant().toString()));
            }
            case "faults" -> {
                processor.declineAll(ProcessorJson.flag(json, "decline_all", false));
                processor.latency(
                        Duration.ofMillis(json.has("latency_ms") ? ProcessorJson.integer(json, "latency_ms") : 0));
                processor.dropResponses(json.has("drop_responses") ? ProcessorJson.integer(json, "drop_responses") : 0);
                processor.dropRequests(json.has("drop_requests") ? ProcessorJson.integer(json, "drop_requests") : 0);
                return Reply.ok(Map.of("object", "faults"));
            }
            case "stored-value-accounts" -> {
                return Reply.ok(ProcessorJson.account(processor.fundStoredValue(
                        ProcessorJson.text(json, "email"),
                        ProcessorJson.currency(json),
                        ProcessorJson.amount(json, "amount"))));
            }
            default -> throw ProcessorApi.notFound(path);
        }
    }

    Reply get(String path, Map<String, String> query) {
        String[] s = ProcessorApi.segments(path);
        if (s.length == 1 && query.containsKey("reference")) {
            String reference = query.get("reference");
            return switch (s[0]) {
                case "card-payments" ->
                    Reply.ok(ProcessorJson.list(processor.cards().byReference(reference).stream()
                            .map(ProcessorJson::cardPayment)
                            .toList()));
                case "bank-transfers" ->
                    Reply.ok(ProcessorJson.list(processor.bankTransfers().byReference(reference).stream()
                            .map(ProcessorJson::bankTransfer)
                            .toList()));
                case "stored-value-payments" ->
                    Reply.ok(ProcessorJson.list(processor.storedValue().byReference(reference).stream()
                            .map(ProcessorJson::storedValuePayment)
                            .toList()));
                default -> throw ProcessorApi.notFound(path);
            };
        }
        if (s.length == 2) {
            return switch (s[0]) {
                case "card-payments" ->
                    Reply.ok(ProcessorJson.cardPayment(
                            processor.cards().payment(s[1]).orElseThrow(() -> ProcessorApi.notFound(path))));
                case "bank-transfers" ->
                    Reply.ok(ProcessorJson.bankTransfer(
                            processor.bankTransfers().transfer(s[1]).orElseThrow(() -> ProcessorApi.notFound(path))));
                case "stored-value-payments" ->
                    Reply.ok(ProcessorJson.storedValuePayment(
                            processor.storedValue().payment(s[1]).orElseThrow(() -> ProcessorApi.notFound(path))));
                case "stored-value-accounts" ->
                    Reply.ok(ProcessorJson.account(
                            processor.storedValue().account(s[1]).orElseThrow(() -> ProcessorApi.notFound(path))));
                default -> throw ProcessorApi.notFound(path);
            };
        }
        if (s.length == 3 && s[2].equals("refunds")) {
            List<Refund> refunds = switch (s[0]) {
                case "card-payments" -> processor.cards().refunds(s[1]);
                case "stored-value-payments" -> processor.storedValue().refunds(s[1]);
                default -> throw ProcessorApi.notFound(path);
            };
            return Reply.ok(ProcessorJson.list(
                    refunds.stream().map(ProcessorJson::refund).toList()));
        }
        throw ProcessorApi.notFound(path);
    }

    Reply challengePage(String challengeId) {
        return processor
                .cards()
                .challenge(challengeId)
                .map(c -> Reply.ok(
                        Map.of("id", c.id(), "object", "challenge", "payment", c.paymentId(), "code", c.code())))
                .orElseThrow(() -> new ProcessorException(404, "no-such-challenge", "no challenge " + challengeId));
    }

    private long authorized(String paymentId) {
        return processor.cards().payment(paymentId).map(p -> p.amount()).orElse(1L);
    }

    private long cardRefundable(String paymentId) {
        return processor
                .cards()
                .payment(paymentId)
                .map(p -> Math.max(1, p.amountCaptured() - p.amountRefunded()))
                .orElse(1L);
    }

    private long storedValueRefundable(String paymentId) {
        return processor
                .storedValue()
                .payment(paymentId)
                .map(p -> Math.max(1, p.amount() - p.amountRefunded()))
                .orElse(1L);
    }

    private static BankTransfer.Direction direction(String text) {
        return switch (text) {
            case "debit" -> BankTransfer.Direction.DEBIT;
            case "credit" -> BankTransfer.Direction.CREDIT;
            default -> throw new ProcessorException(400, "invalid-request", "direction must be debit or credit");
        };
    }
}
