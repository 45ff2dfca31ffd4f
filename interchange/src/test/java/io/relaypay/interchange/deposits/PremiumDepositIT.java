package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Deposits by premium SMS over the real simulator (SMPP SMSCs, phones with bills) and PostgreSQL:
 * the confirmation round trip, each premium charge billed on delivery and credited in full with the
 * carrier's share booked, a declined charge, an unknown one reconciled, retries, and a plan over
 * several days, driven by the injected clock, with an SMSC failing mid-plan. After every test the
 * ledger balances and the phone's bill equals what the user was credited.
 */
class PremiumDepositIT {

    @RegisterExtension
    static final PremiumTestBed bed = new PremiumTestBed();

    static final TestClock clock = bed.clock;
    static final CarrierNetwork network = bed.network;
    static final RunningInterchange server = bed.server;
    static final DepositFixture deposits = bed.deposits;

    @Test
    void aConfirmedDepositIsBilledOnDeliveryAndCreditedInFullWithTheCarriersShareBooked() {
        String phone = "+4917612345671";
        long shareBefore = deposits.systemBalance("carrier-share/bluewave");
        long receivableBefore = deposits.systemBalance("carrier-receivable/bluewave");

        JsonNode deposit = deposits.request(phone, 499, "success-1");
        assertThat(deposit.get("status").asString()).isEqualTo("requires_confirmation");
        assertThat(deposit.get("planned").asLong()).isEqualTo(499);
        deposits.replyWithCode(phone);

        JsonNode done = deposits.awaitStatus(deposit.get("id").asString(), "succeeded");

        assertThat(done.get("billed").asLong()).isEqualTo(499);
        assertThat(done.get("credited").asLong()).as("no promotion configured").isEqualTo(499);
        assertThat(done.get("plan")).singleElement().satisfies(item -> {
            assertThat(item.get("state").asString()).isEqualTo("billed");
            assertThat(item.get("route").asString()).isEqualTo("smsc-hub");
        });
        assertThat(deposits.premiumBill(phone)).isEqualTo(499);
        assertThat(deposits.wallet(phone)).isEqualTo(499);
        // bluewave keeps 35 %: 174.65 rounded half up is 175.
        assertThat(deposits.systemBalance("carrier-share/bluewave") - shareBefore)
                .isEqualTo(-175);
        assertThat(deposits.systemBalance("carrier-receivable/bluewave") - receivableBefore)
                .isEqualTo(-(499 - 175));
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstDepositAndAnotherRequestUnderItIsRefused() {
        String phone = "+4917612345671";
        JsonNode first = deposits.request(phone, 199, "idem-1");
        Http.Response again = server.admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", 199, "currency", "EUR"),
                        Map.of("Idempotency-Key", "idem-1"));
        Http.Response other = server.admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", 299, "currency", "EUR"),
                        Map.of("Idempotency-Key", "idem-1"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(first.get("id").asString());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.problem()).isEqualTo("idempotency-key-reused");
        server.admin().post("/admin/v1/deposits/" + first.get("id").asString() + "/cancel", Map.of());
    }

    @Test
    void aPhoneHasOneOpenDepositAtATimeSoItsDailyLimitsHold() {
        String phone = "+4917612345671";
        String first = deposits.request(phone, 299, "open-1").get("id").asString();

        Http.Response second = server.admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", 499, "currency", "EUR"),
                        Map.of("Idempotency-Key", "open-2"));
        server.admin().post("/admin/v1/deposits/" + first + "/cancel", Map.of());
        Http.Response afterCancel = server.admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", 499, "currency", "EUR"),
                        Map.of("Idempotency-Key", "open-3"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problem()).isEqualTo("invalid-state");
        assertThat(afterCancel.status()).isEqualTo(201);
        server.admin().post("/admin/v1/deposits/" + afterCancel.text("id") + "/cancel", Map.of());
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Http.Response noAmount =
                server.admin().post("/admin/v1/deposits", Map.of("phone_number", "+4917612345671", "currency", "EUR"));
        Http.Response badPhone = server.admin()
                .post("/admin/v1/deposits", Map.of("phone_number", "12345", "amount", 500, "currency", "EUR"));
        Http.Response wrongCurrency = server.admin()
                .post("/admin/v1/deposits", Map.of("phone_number", "+4917612345671", "amount", 500, "currency", "USD"));

        assertThat(List.of(noAmount, badPhone, wrongCurrency)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.problem()).isEqualTo("invalid-request");
        });
    }

    @Test
    void aDeclinedChargeFailsTheDepositAndCreditsNothing() {
        // This phone refuses premium messages: the SMSC's receipt says REJECTD.
        String phone = "+4917612345673";

        JsonNode deposit = deposits.request(phone, 299, "decline-1");
        deposits.confirmOnThePage(deposit.get("id").asString(), phone);

        JsonNode done = deposits.awaitStatus(deposit.get("id").asString(), "failed");

        assertThat(done.get("billed").asLong()).isZero();
        assertThat(done.get("plan"))
                .allSatisfy(item -> assertThat(item.get("state").asString()).isEqualTo("failed"));
        assertThat(deposits.premiumBill(phone)).isZero();
        assertThat(deposits.wallet(phone)).isZero();
    }

    @Test
    void aChargeWithoutReceiptBecomesUnknownIsNeverResentAndIsCreditedOnceReconciled() {
        String phone = "+4917612345672";
        String id;
        JsonNode settled;
        // The SMSC makes a receipt after its receipt delay: keep dropping until the fate is decided.
        network.smsc("smsc-hub").dropReceipts(true);
        try {
            id = deposits.request(phone, 199, "unknown-1").get("id").asString();
            deposits.replyWithCode(phone);
            await().atMost(Duration.ofSeconds(30)).until(() -> deposits.premiumBill(phone) == 199);
            // No receipt before the outbox's deadline: the charge's fate is unknown.
            clock.advance(Duration.ofHours(2));
            settled = deposits.awaitStatus(id, "failed");
        } finally {
            network.smsc("smsc-hub").dropReceipts(false);
        }

        assertThat(settled.get("plan"))
                .singleElement()
                .satisfies(item -> assertThat(item.get("state").asString()).isEqualTo("unknown"));
        assertThat(deposits.wallet(phone)).isZero();
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> deposits.premiumBill(phone) == 199);

        Http.Response reconciled =
                server.admin().post("/admin/v1/deposits/" + id + "/items/0/reconcile", Map.of("billed", true));
        Http.Response twice =
                server.admin().post("/admin/v1/deposits/" + id + "/items/0/reconcile", Map.of("billed", true));

        assertThat(reconciled.status()).isEqualTo(200);
        assertThat(reconciled.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(deposits.wallet(phone)).isEqualTo(199);
        assertThat(deposits.premiumBill(phone)).isEqualTo(deposits.wallet(phone));
    }

    @Test
    void aRefusedSubmissionIsRetriedAndTheChargeIsBilledAndCreditedOnce() {
        String phone = "+4915112345672";
        String id = deposits.request(phone, 99, "retry-1").get("id").asString();
        String code = deposits.awaitReplyCode(phone);
        long rejected = network.smsc("smsc-north").submitsRejected();
        // ESME_RTHROTTLED (0x58) for the premium message: retryable, so the outbox submits it again.
        network.smsc("smsc-north").rejectNext(1, 0x58);
        network.phone(phone).sendMo("84444", code);

        JsonNode done = deposits.awaitStatus(id, "succeeded");
        assertThat(network.smsc("smsc-north").submitsRejected()).isEqualTo(rejected + 1);

        // The janitor's steps repeated by hand change nothing.
        DepositCharges charges = server.bean(DepositCharges.class);
        DepositStore store = server.bean(DepositStore.class);
        store.items(id).forEach(charges::send);
        store.items(id).forEach(charges::follow);
        charges.finish(id);

        assertThat(done.get("billed").asLong()).isEqualTo(99);
        assertThat(deposits.premiumLines(phone)).hasSize(1);
        assertThat(deposits.wallet(phone)).isEqualTo(99);
        assertThat(deposits.get(id).get("billed").asLong()).isEqualTo(99);
    }

    @Test
    void aDepositOverSeveralDaysWithAnSmscFailingMidPlanBillsExactlyWhatItCredits() {
        String phone = "+4915112345671";
        JsonNode deposit = deposits.request(phone, 2500, "multi-day-1");
        String id = deposit.get("id").asString();
        List<JsonNode> plan = DepositFixture.list(deposit.get("plan"));
        int days = plan.stream().mapToInt(i -> i.get("day").asInt()).max().orElseThrow() + 1;
        assertThat(days).as("600 a day at most: several days").isGreaterThanOrEqualTo(5);
        assertThat(plan.size()).as("several messages").isGreaterThanOrEqualTo(days);
        deposits.replyWithCode(phone);

        deposits.awaitDayBilled(id, 0);
        assertThat(deposits.routesOfDay(id, 0)).containsOnly("smsc-north");

        // smsc-north throttles everything from now on: the next days go by the hub.
        network.smsc("smsc-north").throttle(true);
        try {
            for (int day = 1; day < days; day++) {
                clock.advance(deposits.untilNextMidnight());
                deposits.awaitDayBilled(id, day);
            }
        } finally {
            network.smsc("smsc-north").throttle(false);
        }
        JsonNode done = deposits.awaitStatus(id, "succeeded");

        assertThat(deposits.routesOfDay(id, days - 1)).containsOnly("smsc-hub");
        long planned = done.get("planned").asLong();
        assertThat(done.get("billed").asLong()).isEqualTo(planned);
        assertThat(deposits.premiumBill(phone)).as("phone bill = credited").isEqualTo(planned);
        assertThat(deposits.wallet(phone)).isEqualTo(planned);
        List<Charge> lines = deposits.premiumLines(phone);
        assertThat(lines).as("one bill line per planned message").hasSize(plan.size());
        assertThat(lines.stream().map(Charge::description).distinct().count())
                .as("no message charged twice")
                .isEqualTo(plan.size());
    }
}
