package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Deposits from a stored-value account (named by a linked email) at the processor simulator. */
class StoredValueDepositsIT extends DepositFixture {

    static String funded(String phone, long balance) {
        String email = "sv" + phone.substring(1) + "@example.com";
        network.processor().fundStoredValue(email, "EUR", balance);
        return linkEmail(phone, email);
    }

    @Test
    void storedValueDepositMovesTheMoneyToTheWallet() {
        String phone = newPhone();
        String account = funded(phone, 2_000);
        long clearingBefore = systemBalance("processor-clearing/stored-value");

        JsonNode deposit = deposit(phone, "stored_value", account, 1_500);

        assertThat(deposit.get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(1_500);
        assertThat(systemBalance("processor-clearing/stored-value") - clearingBefore)
                .isEqualTo(-1_500);
        assertThat(network.processor()
                        .storedValue()
                        .account("sv" + phone.substring(1) + "@example.com")
                        .orElseThrow()
                        .balance())
                .isEqualTo(500);
    }

    @Test
    void storedValueShortOfMoneyIsDeclined() {
        String phone = newPhone();
        String account = funded(phone, 100);

        JsonNode deposit = deposit(phone, "stored_value", account, 101);

        assertThat(deposit.get("status").asString()).isEqualTo("failed");
        assertThat(deposit.get("failure_code").asString()).isEqualTo("insufficient_funds");
        assertThat(wallet(phone)).isZero();
    }

    @Test
    void timedOutStoredValueChargeIsFoundByTheJanitor() {
        String phone = newPhone();
        String account = funded(phone, 1_000);
        network.processor().latency(Duration.ofSeconds(2));

        JsonNode deposit = deposit(phone, "stored_value", account, 600);
        String id = deposit.get("id").asString();
        assertThat(deposit.get("status").asString()).isEqualTo("processing");
        network.processor().latency(Duration.ZERO);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !network.processor().storedValue().byReference(id).isEmpty());

        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(600);
        assertThat(network.processor().storedValue().byReference(id)).hasSize(1);
    }

    @Test
    void lostAnswerIsRetriedWithoutChargingTwice() {
        String phone = newPhone();
        String account = funded(phone, 1_000);
        network.processor().dropResponses(1);

        JsonNode deposit = deposit(phone, "stored_value", account, 400);
        String id = deposit.get("id").asString();
        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(400);
        assertThat(network.processor().storedValue().byReference(id)).hasSize(1);
    }
}
