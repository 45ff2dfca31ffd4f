package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Deposits from a linked bank account, ACH-style: nothing is credited while the debit is pending;
 * the janitor credits it when the processor's clock has passed the settlement day, and a return
 * credits nothing.
 */
class BankDepositsIT extends DepositFixture {

    static final Duration SETTLEMENT = Duration.ofDays(3);

    @Test
    void bankDepositIsCreditedOnlyWhenTheBankSettles() {
        String phone = newPhone();
        String bank = linkBank(phone, IBAN);
        Books books = Books.processor("bank");

        JsonNode deposit = deposit(phone, "bank", bank, 5_000);
        String id = deposit.get("id").asString();
        assertThat(deposit.get("status").asString()).isEqualTo("pending");
        janitor();
        assertThat(get(id).get("status").asString()).isEqualTo("pending");
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));

        network.processor().advance(SETTLEMENT);
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(5_000);
        // 0.4 % of 50.00 is 0.20, plus 0.20: the processor keeps 0.40.
        assertThat(books.moved()).isEqualTo(new Moved(-5_000 + 40, -40));
    }

    @Test
    void returnedDebitFailsWithItsReturnCodeAndCreditsNothing() {
        String phone = newPhone();
        String bank = linkBank(phone, IBAN_INSUFFICIENT_FUNDS);
        Books books = Books.processor("bank");

        String id = deposit(phone, "bank", bank, 5_000).get("id").asString();
        network.processor().advance(SETTLEMENT);
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("failed");
        assertThat(get(id).get("failure_code").asString()).isEqualTo("R01");
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
    }

    @Test
    void debitToAnAccountThatDoesNotExistReturnsR03() {
        String phone = newPhone();
        String bank = linkBank(phone, IBAN_NO_ACCOUNT);
        Books books = Books.processor("bank");

        String id = deposit(phone, "bank", bank, 2_000).get("id").asString();
        network.processor().advance(SETTLEMENT);
        janitor();

        assertThat(get(id).get("failure_code").asString()).isEqualTo("R03");
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
    }

    @Test
    void timedOutDebitIsFoundPendingAndCreditedAfterSettlement() {
        String phone = newPhone();
        String bank = linkBank(phone, IBAN);
        Books books = Books.processor("bank");
        network.processor().latency(Duration.ofSeconds(2));

        String id = deposit(phone, "bank", bank, 3_000).get("id").asString();
        assertThat(get(id).get("status").asString()).isEqualTo("processing");
        network.processor().latency(Duration.ZERO);
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !network.processor().bankTransfers().byReference(id).isEmpty());
        janitor();
        assertThat(get(id).get("status").asString()).isEqualTo("pending");

        network.processor().advance(SETTLEMENT);
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(3_000);
        assertThat(books.moved()).isEqualTo(new Moved(-3_000 + 32, -32)); // 0.12 + 0.20
        assertThat(network.processor().bankTransfers().byReference(id)).hasSize(1);
    }

    @Test
    void lostAnswerIsRetriedWithoutDebitingTwice() {
        String phone = newPhone();
        String bank = linkBank(phone, IBAN);
        Books books = Books.processor("bank");
        network.processor().dropResponses(1);

        String id = deposit(phone, "bank", bank, 2_500).get("id").asString();
        janitor();
        janitor();
        network.processor().advance(SETTLEMENT);
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(2_500);
        assertThat(books.moved()).isEqualTo(new Moved(-2_500 + 30, -30)); // 0.10 + 0.20
        assertThat(network.processor().bankTransfers().byReference(id)).hasSize(1);
    }
}
