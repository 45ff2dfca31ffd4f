package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.SubscriberBilling;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Deposits charged to the phone bill through the simulator's CAMARA-shaped billing API: the buyer is
 * credited in full, the carrier's share is a cost against its receivable.
 */
class OperatorBillingDepositsIT extends DepositFixture {

    @Test
    void phoneBillDepositCreditsInFullAndBooksTheCarrierShare() {
        String phone = newPhone();
        long receivableBefore = systemBalance("carrier-receivable/northwind");
        long shareBefore = systemBalance("carrier-share/northwind");

        JsonNode deposit = deposit(phone, "operator_billing", null, 1_000);

        assertThat(deposit.get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(1_000);
        assertThat(systemBalance("carrier-receivable/northwind") - receivableBefore)
                .isEqualTo(-(1_000 - 300));
        assertThat(systemBalance("carrier-share/northwind") - shareBefore).isEqualTo(-300);
        assertThat(network.phone(phone).bill()).hasSize(1);
    }

    @Test
    void prepaidPhoneShortOfCreditIsDeclined() {
        String phone = "+4915140" + String.format("%06d", 900 + NUMBERS.incrementAndGet());
        network.addPhone(PhoneConfig.of(phone, "northwind").withBilling(SubscriberBilling.prepaid(5_00)));
        Books books = Books.carrier("northwind");

        JsonNode deposit = deposit(phone, "operator_billing", null, 6_00);

        assertThat(deposit.get("status").asString()).isEqualTo("failed");
        assertThat(deposit.get("failure_code").asString()).isEqualTo("insufficient_funds");
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
        assertThat(network.phone(phone).bill()).isEmpty();
    }

    @Test
    void timedOutChargeIsFoundByItsCorrelator() {
        String phone = newPhone();
        Books books = Books.carrier("northwind");
        network.billing().latency(Duration.ofSeconds(2));

        String id = deposit(phone, "operator_billing", null, 800).get("id").asString();
        assertThat(get(id).get("status").asString()).isEqualTo("processing");
        network.billing().latency(Duration.ZERO);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !network.phone(phone).bill().isEmpty());
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(800);
        assertThat(books.moved()).isEqualTo(new Moved(-(800 - 240), -240)); // northwind keeps 30 %
        assertThat(network.phone(phone).bill()).hasSize(1);
    }

    @Test
    void chargeDroppedBeforeTheCarrierDidAnythingIsBilledOnceByTheJanitor() {
        String phone = newPhone();
        Books books = Books.carrier("northwind");
        network.billing().dropRequests(1);

        String id = deposit(phone, "operator_billing", null, 900).get("id").asString();
        assertThat(get(id).get("status").asString()).isEqualTo("processing");
        assertThat(network.phone(phone).bill()).isEmpty();
        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(900);
        assertThat(books.moved()).isEqualTo(new Moved(-(900 - 270), -270));
        assertThat(network.phone(phone).bill()).hasSize(1);
    }

    @Test
    void lostAnswerIsRetriedWithoutBillingTwice() {
        String phone = newPhone();
        Books books = Books.carrier("northwind");
        network.billing().dropResponses(1);

        String id = deposit(phone, "operator_billing", null, 700).get("id").asString();
        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(700);
        assertThat(books.moved()).isEqualTo(new Moved(-(700 - 210), -210));
        assertThat(network.phone(phone).bill()).hasSize(1);
    }
}
