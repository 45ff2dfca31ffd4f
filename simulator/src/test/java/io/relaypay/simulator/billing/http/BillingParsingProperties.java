package io.relaypay.simulator.billing.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.simulator.billing.ChargeRequest;
import io.relaypay.simulator.billing.PaymentFlow;
import io.relaypay.simulator.billing.RefundRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The billing API's request readers on outside input: whatever the body, they return a valid
 * command or refuse with a problem, never another exception.
 */
class BillingParsingProperties {

    @Property(tries = 2000)
    void anyChargeBodyIsReadOrRefusedWithAProblem(@ForAll("bodies") String body) {
        JsonNode json = parse(body);
        if (json == null || !json.isObject()) {
            return;
        }
        try {
            ChargeRequest request = PaymentsResource.chargeRequest(json, PaymentFlow.ONE_STEP);
            assertThat(request.amountMinor()).isPositive();
        } catch (BillingProblemException e) {
            assertThat(e.problem().status()).isIn(400, 422);
        }
    }

    @Property(tries = 2000)
    void anyRefundBodyIsReadOrRefusedWithAProblem(@ForAll("bodies") String body) {
        JsonNode json = parse(body);
        if (json == null || !json.isObject()) {
            return;
        }
        try {
            RefundRequest request = RefundsResource.refundRequest(json, "cbp_1");
            assertThat(request.amountMinor().orElse(1L)).isPositive();
        } catch (BillingProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
        }
    }

    /** Bodies close to valid ones: CAMARA's fields with values of every JSON kind. */
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of(
                        "null",
                        "true",
                        "0",
                        "-1",
                        "4.99",
                        "4.999",
                        "1e400",
                        "1e-400",
                        "\"EUR\"",
                        "\"\"",
                        "[]",
                        "{}",
                        "\"+4915112345671\"",
                        "\"total\"",
                        "\"partial\"",
                        "\"XXX\"",
                        "\"eur\"",
                        "12345678901234567890"),
                Arbitraries.strings()
                        .ofMaxLength(12)
                        .map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
        Arbitrary<String> charging = Arbitraries.of("amount", "currency", "description")
                .flatMap(k -> value.map(v -> "\"" + k + "\":" + v))
                .list()
                .ofMaxSize(4)
                .map(fields -> "{" + String.join(",", fields) + "}");
        Arbitrary<String> amount = charging.map(c -> "{\"chargingInformation\":" + c + "}");
        Arbitrary<String> transaction = Arbitraries.oneOf(
                        Arbitraries.of("phoneNumber", "referenceCode", "clientCorrelator")
                                .flatMap(k -> value.map(v -> "\"" + k + "\":" + v)),
                        amount.map(a -> "\"paymentAmount\":" + a),
                        amount.map(a -> "\"refundAmount\":" + a))
                .list()
                .ofMaxSize(6)
                .map(fields -> "{" + String.join(",", fields) + "}");
        return Arbitraries.oneOf(
                        transaction.map(t -> "\"amountTransaction\":" + t),
                        Arbitraries.of("type", "reason").flatMap(k -> value.map(v -> "\"" + k + "\":" + v)))
                .list()
                .ofMaxSize(4)
                .map(fields -> "{" + String.join(",", fields) + "}");
    }

    private static JsonNode parse(String body) {
        try {
            return BillingJson.JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
