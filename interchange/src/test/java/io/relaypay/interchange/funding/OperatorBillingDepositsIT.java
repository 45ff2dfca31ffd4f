package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.interchange.support.Http;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.SubscriberBilling;
import io.relaypay.simulator.billing.BillingPayment;
import io.relaypay.simulator.billing.CancellationReason;
import io.relaypay.simulator.billing.PaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Deposits charged to the phone bill through the simulator's CAMARA-shaped billing API, in two
 * steps: the amount is reserved on the bill when the deposit is created, charged once the user
 * confirmed, and released when the deposit is cancelled or expires. The buyer is credited in full,
 * the carrier's share is a cost against its receivable.
 */
class OperatorBillingDepositsIT extends DepositFixture {

    /** The carrier's payment made for {@code depositId} (its client correlator). */
    static BillingPayment payment(String depositId) {
        return network.billing().payments().stream()
                .filter(p -> p.request().clientCorrelator().equals(Optional.of(depositId)))
                .reduce((a, b) -> {
                    throw new AssertionError("two payments with correlator " + depositId);
                })
                .orElseThrow();
    }

    /** A phone whose prepaid credit is {@code credit} minor units. */
    static String prepaidPhone(long credit) {
        String phone = "+4915140" + String.format("%06d", 900 + NUMBERS.incrementAndGet());
        network.addPhone(PhoneConfig.of(phone, "northwind").withBilling(SubscriberBilling.prepaid(credit)));
        return phone;
    }

    /** A janitor pass on a clock {@code ahead} of the server's, as if that much time had gone by. */
    static void janitorAfter(Duration ahead) {
        new DepositJanitor(
                        server.bean(DepositStore.class),
                        server.bean(Deposits.class),
                        server.bean(DepositRefunds.class),
                        Clock.offset(Clock.systemUTC(), ahead),
                        Duration.ZERO,
                        Duration.ofMinutes(10),
                        50)
                .tick();
    }

    @Test
    void depositReservesOnTheBillAndChargesOnlyOnceConfirmed() {
        String phone = prepaidPhone(20_00);
        Books books = Books.carrier("northwind");

        String id = start(phone, "operator_billing", null, 1_000).get("id").asString();
        BillingPayment reserved = payment(id);
        assertThat(reserved.status()).isEqualTo(PaymentStatus.RESERVED);
        assertThat(get(id).get("charge").asString()).isEqualTo(reserved.paymentId());
        assertThat(network.billing().availableCreditMinor(phone)).contains(10_00L);
        assertThat(network.phone(phone).bill()).isEmpty();

        Http.Response confirmed = confirm(id, codeTexted(phone));

        assertThat(confirmed.json().get("status").asString())
                .as(confirmed.raw())
                .isEqualTo("succeeded");
        assertThat(payment(id).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(wallet(phone)).isEqualTo(1_000);
        assertThat(books.moved()).isEqualTo(new Moved(-(1_000 - 300), -300)); // northwind keeps 30 %
        assertThat(network.phone(phone).bill())
                .singleElement()
                .satisfies(line -> assertThat(line.amountMinor()).isEqualTo(1_000));
    }

    @Test
    void depositAtAPricePointBooksItsShareThePromotionAndDefersTheUserFeeAsACarrierCharge() {
        String phone = newPhone();
        Books books = Books.carrier("northwind");
        long promotionsBefore = systemBalance("promotions");
        String from = Instant.now().toString();

        String id =
                deposit(phone, "operator_billing", null, PRICE_POINT).get("id").asString();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        // 15.00 credited in full plus the 1.00 bonus; the 0.35 user fee is owed, not taken.
        assertThat(wallet(phone)).isEqualTo(PRICE_POINT + 1_00);
        assertThat(books.moved()).isEqualTo(new Moved(-(PRICE_POINT - 6_00), -6_00)); // 40 % here
        assertThat(systemBalance("promotions") - promotionsBefore).isEqualTo(-1_00);
        assertThat(server.bean(JdbcClient.class)
                        .sql("SELECT amount, collected, method FROM user_fee_debts WHERE payment_id = ?")
                        .param(id)
                        .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3))
                        .single())
                .isEqualTo("35/0/operator-billing");
        JsonNode northwind = server.admin()
                .get("/admin/v1/carriers/northwind/statement?from=" + from + "&to="
                        + Instant.now().plusSeconds(1))
                .json()
                .get("data")
                .get(0);
        assertThat(northwind.get("gross").asLong()).isEqualTo(PRICE_POINT);
        assertThat(northwind.get("shares").asLong()).isEqualTo(6_00);
        assertThat(northwind.get("other").asLong()).isZero();
        assertThat(northwind.get("lines").toString())
                .contains(LedgerIds.transfer(id, "carrier-charge").toString())
                .contains(LedgerIds.transfer(id, "carrier-share").toString());
    }

    @Test
    void declineAtTheReservationFailsTheDepositAtOnceAndTextsNoCode() {
        String phone = prepaidPhone(5_00);
        Books books = Books.carrier("northwind");

        Http.Response created = server.admin()
                .post(
                        "/admin/v1/users/" + phone + "/funding-deposits",
                        Map.of("funding_method", "operator_billing", "amount", 6_00, "currency", "EUR"));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("failed");
        assertThat(created.json().get("failure_code").asString()).isEqualTo("insufficient_funds");
        assertThat(network.phone(phone).inbox()).isEmpty();
        assertThat(network.billing().availableCreditMinor(phone)).contains(5_00L);
        assertThat(network.phone(phone).bill()).isEmpty();
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
    }

    @Test
    void lostAnswerToTheConfirmIsLookedUpAndNeverBilledTwice() {
        String phone = newPhone();
        Books books = Books.carrier("northwind");
        String id = start(phone, "operator_billing", null, 700).get("id").asString();
        network.billing().dropResponses(1);

        Http.Response confirmed = confirm(id, codeTexted(phone));
        assertThat(confirmed.json().get("status").asString()).isEqualTo("processing");
        assertThat(payment(id).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(700);
        assertThat(books.moved()).isEqualTo(new Moved(-(700 - 210), -210));
        assertThat(network.phone(phone).bill()).hasSize(1);
    }

    @Test
    void timedOutConfirmIsFoundByItsCorrelator() {
        String phone = newPhone();
        Books books = Books.carrier("northwind");
        String id = start(phone, "operator_billing", null, 800).get("id").asString();
        String code = codeTexted(phone);
        network.billing().latency(Duration.ofSeconds(2));

        assertThat(confirm(id, code).json().get("status").asString()).isEqualTo("processing");
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
        network.billing().latency(Duration.ZERO);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !network.phone(phone).bill().isEmpty());
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(800);
        assertThat(books.moved()).isEqualTo(new Moved(-(800 - 240), -240));
        assertThat(network.phone(phone).bill()).hasSize(1);
    }

    @Test
    void confirmDroppedBeforeTheCarrierDidAnythingIsCapturedOnceByTheJanitor() {
        String phone = newPhone();
        Books books = Books.carrier("northwind");
        String id = start(phone, "operator_billing", null, 900).get("id").asString();
        network.billing().dropRequests(1);

        assertThat(confirm(id, codeTexted(phone)).json().get("status").asString())
                .isEqualTo("processing");
        assertThat(payment(id).status()).isEqualTo(PaymentStatus.RESERVED);
        assertThat(network.phone(phone).bill()).isEmpty();
        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(900);
        assertThat(books.moved()).isEqualTo(new Moved(-(900 - 270), -270));
        assertThat(network.phone(phone).bill()).hasSize(1);
    }

    @Test
    void reservationWhoseAnswerWasLostIsFoundAgainOnConfirmationAndBilledOnce() {
        String phone = newPhone();
        network.billing().dropResponses(1);

        String id = start(phone, "operator_billing", null, 650).get("id").asString();
        assertThat(get(id).get("charge").isNull()).isTrue();
        assertThat(payment(id).status()).isEqualTo(PaymentStatus.RESERVED);
        Http.Response confirmed = confirm(id, codeTexted(phone));

        assertThat(confirmed.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(650);
        assertThat(network.phone(phone).bill()).hasSize(1);
    }

    @Test
    void expiryReleasesTheReservationOnTheBillAndChargesNothing() {
        String phone = prepaidPhone(10_00);
        Books books = Books.carrier("northwind");
        String id = start(phone, "operator_billing", null, 4_00).get("id").asString();
        assertThat(network.billing().availableCreditMinor(phone)).contains(6_00L);

        janitorAfter(Duration.ofMinutes(9));
        assertThat(get(id).get("status").asString()).isEqualTo("requires_confirmation");
        janitorAfter(Duration.ofMinutes(11));

        assertThat(get(id).get("status").asString()).isEqualTo("expired");
        assertThat(payment(id).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(payment(id).cancellation()).contains(CancellationReason.CLIENT);
        assertThat(network.billing().availableCreditMinor(phone)).contains(10_00L);
        assertThat(network.phone(phone).bill()).isEmpty();
        assertThat(confirm(id, codeTexted(phone)).status()).isEqualTo(409);
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
    }

    @Test
    void cancelReleasesTheReservationAndChargesNothing() {
        String phone = prepaidPhone(10_00);
        String id = start(phone, "operator_billing", null, 3_00).get("id").asString();

        Http.Response cancelled = server.admin().post("/admin/v1/funding-deposits/" + id + "/cancel", Map.of());
        Http.Response again = server.admin().post("/admin/v1/funding-deposits/" + id + "/cancel", Map.of());

        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("canceled");
        assertThat(again.status()).isEqualTo(409);
        assertThat(payment(id).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(network.billing().availableCreditMinor(phone)).contains(10_00L);
        assertThat(network.phone(phone).bill()).isEmpty();
        assertThat(wallet(phone)).isZero();
    }
}
