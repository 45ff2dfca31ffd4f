package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RemittanceMismatches;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Carrier remittances matched against phone-bill funding deposits over the real simulator and
 * PostgreSQL: the simulator's remittance names a confirmed reservation by the billing API's payment
 * id, as its bill does, and the interchange matches it to the deposit whose charge that is, net of
 * the share booked when it was credited. A charge left unpaid stays owed in every later remittance
 * of its carrier, so each test bills its own carrier, and each remittance covers only the
 * milliseconds of its own test's deposits. A refund to the bill (of a phone-bill purchase or
 * deposit) comes back as a negative line under the billing API's refund id, matched to the refund.
 */
class PhoneBillRemittanceIT extends DepositFixture {

    /** A new phone on the bluewave network, which no other deposit test bills. */
    static String bluewavePhone() {
        String phone = "+4917640" + String.format("%06d", 700 + NUMBERS.incrementAndGet());
        network.addPhone(phone, "bluewave");
        return phone;
    }

    /** A succeeded phone-bill deposit of {@code amount}; answers its charge at the carrier. */
    static String billed(String phone, long amount) {
        JsonNode deposit = deposit(phone, "operator_billing", null, amount);
        assertThat(deposit.get("status").asString()).isEqualTo("succeeded");
        return deposit.get("charge").asString();
    }

    @Test
    void theCarriersRemittanceClearsWhatAPhoneBillDepositOwes() {
        String phone = bluewavePhone();
        Books books = Books.carrier("bluewave");
        Instant from = Instant.now();
        String charge = billed(phone, 1_100);
        Instant to = Instant.now().plusMillis(1);
        // bluewave keeps 35 % (385): it owes 7.15, and the simulator's line says so too.
        assertThat(books.moved()).isEqualTo(new Moved(-715, -385));

        Http.Response fetched = server.admin()
                .post(
                        "/admin/v1/carriers/bluewave/remittances/fetch",
                        Map.of("from", from.toString(), "to", to.toString()));

        assertThat(fetched.status()).as(fetched.raw()).isEqualTo(200);
        JsonNode remittance = fetched.json();
        assertThat(remittance.get("total").asLong()).isEqualTo(715);
        assertThat(remittance.get("matched").asLong()).isEqualTo(715);
        assertThat(remittance.get("unmatched").asLong()).isZero();
        assertThat(remittance.get("counts").get("matched").asLong()).isEqualTo(1);
        assertThat(remittance.get("mismatches")).as(charge).isEmpty();
        assertThat(books.moved()).as("the receivable cleared").isEqualTo(new Moved(0, -385));
    }

    /** Fetches bluewave's remittance of {@code [from, to)}. */
    static JsonNode fetch(Instant from, Instant to) {
        Http.Response fetched = server.admin()
                .post(
                        "/admin/v1/carriers/bluewave/remittances/fetch",
                        Map.of("from", from.toString(), "to", to.toString()));
        assertThat(fetched.status()).as(fetched.raw()).isEqualTo(200);
        return fetched.json();
    }

    @Test
    void aPurchasePartlyRefundedToTheBillIsRemittedNetAndClearsItsReceivable() {
        TestMerchant merchant = funds.merchant("Bluewave Refund Shop", 0, 0);
        String phone = bluewavePhone();
        Books books = Books.carrier("bluewave");
        Instant from = Instant.now();
        Payment payment = funds.processing(merchant, 1_000, phone);
        assertThat(funds.settle(payment)).isEqualTo(new PaymentFunding.Outcome.Paid());
        Http.Response refund = merchant.api().post("/v1/refunds", Map.of("payment", payment.id(), "amount", 400));
        assertThat(refund.text("destination")).as(refund.raw()).isEqualTo("original_method");
        Instant to = Instant.now().plusMillis(1);
        // 35 % kept: the purchase owes 6.50, the refund takes back 2.60 (4.00 less the 1.40 share).
        assertThat(books.moved()).isEqualTo(new Moved(-390, -210));

        JsonNode remittance = fetch(from, to);

        assertThat(remittance.get("total").asLong()).isEqualTo(390);
        assertThat(remittance.get("matched").asLong()).isEqualTo(390);
        assertThat(remittance.get("unmatched").asLong()).isZero();
        assertThat(remittance.get("counts").get("matched").asLong()).isEqualTo(2);
        assertThat(remittance.get("mismatches")).isEmpty();
        assertThat(books.moved()).as("the receivable cleared").isEqualTo(new Moved(0, -210));
    }

    @Test
    void aDepositPartlyRefundedToTheBillIsRemittedNetAndClearsItsReceivable() {
        String phone = bluewavePhone();
        Books books = Books.carrier("bluewave");
        Instant from = Instant.now();
        JsonNode deposit = deposit(phone, "operator_billing", null, 1_100);
        Http.Response refund = server.admin()
                .post("/admin/v1/funding-deposits/" + deposit.get("id").asString() + "/refunds", Map.of("amount", 400));
        assertThat(refund.json().get("status").asString()).as(refund.raw()).isEqualTo("succeeded");
        Instant to = Instant.now().plusMillis(1);
        // 35 % kept: the deposit owes 7.15, the refund takes back 2.60 (4.00 less the 1.40 share).
        assertThat(books.moved()).isEqualTo(new Moved(-455, -245));

        JsonNode remittance = fetch(from, to);

        assertThat(remittance.get("total").asLong()).isEqualTo(455);
        assertThat(remittance.get("matched").asLong()).isEqualTo(455);
        assertThat(remittance.get("counts").get("matched").asLong()).isEqualTo(2);
        assertThat(remittance.get("mismatches")).isEmpty();
        assertThat(books.moved()).as("the receivable cleared").isEqualTo(new Moved(0, -245));
    }

    @Test
    void aRemittanceThatShortPaysOneDepositAndLeavesOutAnotherReportsBoth() {
        String phone = newPhone();
        Instant from = Instant.now();
        String shortPaid = billed(phone, 600);
        String leftOut = billed(phone, 400);
        Instant to = Instant.now().plusMillis(1);
        long suspenseBefore = systemBalance("suspense");

        // 30 % kept: 6.00 owes 4.20 and 4.00 owes 2.80.
        JsonNode remittance = server.admin()
                .post(
                        "/admin/v1/carriers/northwind/remittances",
                        Map.of(
                                "reference", "nw-phone-bill-1",
                                "currency", "EUR",
                                "from", from.toString(),
                                "to", to.toString(),
                                "lines",
                                        List.of(
                                                Map.of("charge_id", shortPaid, "amount", 410),
                                                Map.of("charge_id", "nw-unknown-2", "amount", 90))))
                .json();
        Map<String, JsonNode> byCharge =
                RemittanceMismatches.byCharge(server, remittance.get("id").asString());
        assertThat(byCharge).containsOnlyKeys(shortPaid, leftOut, "nw-unknown-2");
        assertThat(byCharge.get(shortPaid).get("outcome").asString()).isEqualTo("amount_differs");
        assertThat(byCharge.get(shortPaid).get("payment").asString()).startsWith("dep_");
        assertThat(byCharge.get(shortPaid).get("expected").asLong()).isEqualTo(420);
        assertThat(byCharge.get(shortPaid).get("remitted").asLong()).isEqualTo(410);
        assertThat(byCharge.get(leftOut).get("outcome").asString()).isEqualTo("missing");
        assertThat(byCharge.get(leftOut).get("expected").asLong()).isEqualTo(280);
        assertThat(byCharge.get("nw-unknown-2").get("outcome").asString()).isEqualTo("unexpected");
        assertThat(remittance.get("matched").asLong()).isEqualTo(410);
        assertThat(systemBalance("suspense") - suspenseBefore)
                .as("the unexpected line's cash")
                .isEqualTo(90);
    }
}
