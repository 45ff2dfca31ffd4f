package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RemittanceMismatches;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Carrier remittances matched against premium charges over the real simulator and PostgreSQL: the
 * simulator's remittance names each premium MT by the SMSC's message id and each premium MO by the
 * carrier's MO id, as its bill does, and the interchange matches them to billed plan items and
 * credited MOs by the references it kept. One carrier per test, so each remittance holds only its
 * test's charges.
 */
class PremiumRemittanceIT {

    @RegisterExtension
    static final PremiumTestBed bed = new PremiumTestBed((interchange, net) -> interchange
            .with("relaypay.deposits.per-day-amount", 2000)
            .with("relaypay.settlement.scheduler-interval", "1h")
            .with("relaypay.settlement.remittance-url", net.httpUri().toString()));

    static final TestClock clock = bed.clock;
    static final CarrierNetwork network = bed.network;
    static final RunningInterchange server = bed.server;
    static final DepositFixture deposits = bed.deposits;

    /** Before anything of the test, on the simulator's clock and on the interchange's. */
    static Instant start() {
        Instant now = Instant.now();
        return (clock.instant().isBefore(now) ? clock.instant() : now).minus(Duration.ofMinutes(1));
    }

    /** After everything of the test, on both clocks. */
    static Instant end() {
        Instant now = Instant.now();
        return (clock.instant().isAfter(now) ? clock.instant() : now).plus(Duration.ofMinutes(1));
    }

    /** A confirmed premium deposit, all billed, and a premium MO, all credited. */
    void depositAndMo(String phone, long amount, String shortCode, long credited) {
        String id = deposits.request(phone, amount, "remit-" + phone).get("id").asString();
        deposits.replyWithCode(phone);
        deposits.awaitStatus(id, "succeeded");
        network.phone(phone).sendMo(shortCode, "DEPOSIT");
        await().atMost(Duration.ofSeconds(30)).until(() -> deposits.wallet(phone) == credited);
    }

    static String referenceOf(String phone, ChargeKind kind) {
        return network.phone(phone).bill().stream()
                .filter(c -> c.kind() == kind)
                .map(Charge::reference)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCarriersRemittanceClearsWhatItsPremiumChargesOwe() {
        String phone = "+4917600000401";
        network.addPhone(phone, "bluewave");
        Instant from = start();
        long receivableBefore = deposits.systemBalance("carrier-receivable/bluewave");

        depositAndMo(phone, 1498, "88199", 1498 + 199);
        // bluewave keeps 35 % of 9.99, 4.99 and 1.99: 350, 175 and 70.
        long owed = 1498 + 199 - (350 + 175 + 70);
        assertThat(deposits.systemBalance("carrier-receivable/bluewave")).isEqualTo(receivableBefore - owed);

        Http.Response fetched = server.admin()
                .post(
                        "/admin/v1/carriers/bluewave/remittances/fetch",
                        Map.of("from", from.toString(), "to", end().toString()));

        assertThat(fetched.status()).as(fetched.raw()).isEqualTo(200);
        JsonNode remittance = fetched.json();
        assertThat(remittance.get("total").asLong()).isEqualTo(owed);
        assertThat(remittance.get("matched").asLong()).isEqualTo(owed);
        assertThat(remittance.get("unmatched").asLong()).isZero();
        assertThat(remittance.get("counts").get("matched").asLong()).isEqualTo(3);
        assertThat(remittance.get("mismatches")).isEmpty();
        assertThat(deposits.systemBalance("carrier-receivable/bluewave"))
                .as("cleared")
                .isEqualTo(receivableBefore);
    }

    @Test
    void aRemittanceThatShortPaysOneChargeAndLeavesOutAnotherReportsBoth() {
        String phone = "+4915100000402";
        network.addPhone(phone, "northwind");
        Instant from = start();
        depositAndMo(phone, 499, "88499", 499 + 499);
        String mt = referenceOf(phone, ChargeKind.PREMIUM_SMS);
        String mo = referenceOf(phone, ChargeKind.PREMIUM_MO);
        long suspenseBefore = deposits.systemBalance("suspense");

        // northwind keeps 30 % of 4.99 (150): each charge owes 349.
        JsonNode remittance = server.admin()
                .post(
                        "/admin/v1/carriers/northwind/remittances",
                        Map.of(
                                "reference", "nw-premium-1",
                                "currency", "EUR",
                                "from", from.toString(),
                                "to", end().toString(),
                                "lines",
                                        List.of(
                                                Map.of("charge_id", mt, "amount", 339),
                                                Map.of("charge_id", "nw-unknown-1", "amount", 125))))
                .json();
        Map<String, JsonNode> byCharge =
                RemittanceMismatches.byCharge(server, remittance.get("id").asString());
        assertThat(byCharge).containsOnlyKeys(mt, mo, "nw-unknown-1");
        assertThat(byCharge.get(mt).get("outcome").asString()).isEqualTo("amount_differs");
        assertThat(byCharge.get(mt).get("payment").asString()).endsWith(".0");
        assertThat(byCharge.get(mt).get("expected").asLong()).isEqualTo(349);
        assertThat(byCharge.get(mo).get("outcome").asString()).isEqualTo("missing");
        assertThat(byCharge.get(mo).get("payment").asString()).startsWith("pmo_");
        assertThat(byCharge.get("nw-unknown-1").get("outcome").asString()).isEqualTo("unexpected");
        assertThat(remittance.get("matched").asLong()).isEqualTo(339);
        assertThat(deposits.systemBalance("suspense") - suspenseBefore)
                .as("the unexpected line's cash")
                .isEqualTo(125);
    }
}
