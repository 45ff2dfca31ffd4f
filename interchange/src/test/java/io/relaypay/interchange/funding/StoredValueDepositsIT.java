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
        Books books = Books.processor("stored-value");

        JsonNode deposit = deposit(phone, "stored_value", account, 1_500);

        assertThat(deposit.get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(1_500);
        // 3 % of 15.00 is 0.45, plus 0.10: the processor keeps 0.55.
        assertThat(books.moved()).isEqualTo(new Moved(-1_500 + 55, -55));
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
        Books books = Books.processor("stored-value");

        JsonNode deposit = deposit(phone, "stored_value", account, 101);

        assertThat(deposit.get("status").asString()).isEqualTo("failed");
        assertThat(deposit.get("failure_code").asString()).isEqualTo("insufficient_funds");
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
    }

    @Test
    void timedOutStoredValueChargeIsFoundByTheJanitor() {
        String phone = newPhone();
        String account = funded(phone, 1_000);
        Books books = Books.processor("stored-value");
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
        assertThat(books.moved()).isEqualTo(new Moved(-600 + 28, -28)); // 0.18 + 0.10
        assertThat(network.processor().storedValue().byReference(id)).hasSize(1);
    }

    @Test
    void lostAnswerIsRetriedWithoutChargingTwice() {
        String phone = newPhone();
        String account = funded(phone, 1_000);
        Books books = Books.processor("stored-value");
        network.processor().dropResponses(1);

        JsonNode deposit = deposit(phone, "stored_value", account, 400);
        String id = deposit.get("id").asString();
        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(400);
        assertThat(books.moved()).isEqualTo(new Moved(-400 + 22, -22)); // 0.12 + 0.10
        assertThat(network.processor().storedValue().byReference(id)).hasSize(1);
    }
}
