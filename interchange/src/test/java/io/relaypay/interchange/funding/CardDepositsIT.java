package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.simulator.processor.CardPayment;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Deposits from a linked card through the processor simulator over HTTP. */
class CardDepositsIT extends DepositFixture {

    @Test
    void confirmedCardDepositIsCapturedAndCreditedToTheCent() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        Books books = Books.processor("card");

        JsonNode deposit = deposit(phone, "card", card, 1_234);

        assertThat(deposit.get("status").asString()).isEqualTo("succeeded");
        assertThat(deposit.get("instrument").asString()).isEqualTo("card ...4242");
        assertThat(wallet(phone)).isEqualTo(1_234);
        // 2.5 % of 12.34 is 0.3085, rounded to 0.31, plus 0.25: the processor keeps 0.56.
        assertThat(books.moved()).isEqualTo(new Moved(-1_234 + 56, -56));
        assertThat(network.processor().cards().byReference(deposit.get("id").asString()))
                .singleElement()
                .satisfies(p -> assertThat(p.amountCaptured()).isEqualTo(1_234));
    }

    @Test
    void linkedCardKeepsTheProcessorsToken() {
        String phone = newPhone();
        linkCard(phone, "4242424242424242");

        JsonNode account = server.admin().get("/admin/v1/users/" + phone).json();

        assertThat(account.toString()).doesNotContain("4242424242424242");
        assertThat(network.processor()
                        .cards()
                        .card(account.at("/linked_accounts/0/card/token").asString()))
                .as("token known to the processor: %s", account)
                .isPresent();
    }

    @Test
    void declinedCardFailsWithItsCodeAndCreditsNothing() {
        String phone = newPhone();
        String card = linkCard(phone, "4000000000009995");
        Books books = Books.processor("card");

        JsonNode deposit = deposit(phone, "card", card, 500);

        assertThat(deposit.get("status").asString()).isEqualTo("failed");
        assertThat(deposit.get("failure_code").asString()).isEqualTo("insufficient_funds");
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
    }

    @Test
    void depositIsConfirmedByReplyingToTheSmsWithItsCode() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        String id = start(phone, "card", card, 650).get("id").asString();

        network.phone(phone).sendMo("84444", "YES " + replyCodeTexted(phone));

        await().atMost(Duration.ofSeconds(20)).until(() -> get(id).get("status").asString(), "succeeded"::equals);
        assertThat(wallet(phone)).isEqualTo(650);
    }

    @Test
    void wrongConfirmationCodeChargesNothing() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        String id = start(phone, "card", card, 500).get("id").asString();

        Http.Response wrong = confirm(id, "WRONG1");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(get(id).get("status").asString()).isEqualTo("requires_confirmation");
        assertThat(network.processor().cards().byReference(id)).isEmpty();
        assertThat(wallet(phone)).isZero();
    }

    @Test
    void challengedCardIsCreditedOnlyAfterTheBuyerTypesTheIssuersCode() {
        String phone = newPhone();
        String card = linkCard(phone, "4000002760003184");

        JsonNode waiting = deposit(phone, "card", card, 700);
        assertThat(waiting.get("status").asString()).isEqualTo("requires_action");
        assertThat(wallet(phone)).isZero();
        String challengeId = network.processor()
                .cards()
                .byReference(waiting.get("id").asString())
                .getFirst()
                .challengeId();
        String code =
                network.processor().cards().challenge(challengeId).orElseThrow().code();

        Http.Response done = server.admin()
                .post(
                        "/admin/v1/funding-deposits/" + waiting.get("id").asString() + "/challenge",
                        Map.of("code", code));

        assertThat(done.json().get("status").asString()).as(done.raw()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(700);
    }

    @Test
    void timedOutChargeIsFoundByTheJanitorAndCreditedOnce() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        Books books = Books.processor("card");
        network.processor().latency(Duration.ofSeconds(2));

        JsonNode deposit = deposit(phone, "card", card, 900);
        String id = deposit.get("id").asString();

        assertThat(deposit.get("status").asString()).isEqualTo("processing");
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
        network.processor().latency(Duration.ZERO);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> network.processor().cards().byReference(id).stream()
                        .anyMatch(p -> p.status() == CardPayment.Status.CAPTURED));
        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(900);
        assertThat(books.moved()).isEqualTo(new Moved(-900 + 48, -48)); // 0.225 → 0.23, + 0.25
        assertThat(network.processor().cards().byReference(id)).hasSize(1);
    }

    @Test
    void chargeWhoseAnswerWasLostIsRetriedWithoutChargingTwice() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        Books books = Books.processor("card");
        network.processor().dropResponses(1);

        JsonNode deposit = deposit(phone, "card", card, 1_000);
        String id = deposit.get("id").asString();
        assertThat(deposit.get("status").asString()).isEqualTo("processing");

        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(1_000);
        assertThat(books.moved()).isEqualTo(new Moved(-1_000 + 50, -50));
        assertThat(network.processor().cards().byReference(id)).hasSize(1);
    }

    @Test
    void chargeDroppedBeforeTheProcessorDidAnythingIsChargedOnceByTheJanitor() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        Books books = Books.processor("card");
        network.processor().dropRequests(1);

        JsonNode deposit = deposit(phone, "card", card, 1_100);
        String id = deposit.get("id").asString();
        assertThat(deposit.get("status").asString()).isEqualTo("processing");
        assertThat(network.processor().cards().byReference(id)).isEmpty();

        janitor();
        janitor();

        assertThat(get(id).get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(1_100);
        assertThat(books.moved()).isEqualTo(new Moved(-1_100 + 53, -53)); // 0.275 → 0.28, + 0.25
        assertThat(network.processor().cards().byReference(id))
                .singleElement()
                .satisfies(p -> assertThat(p.amountCaptured()).isEqualTo(1_100));
    }
}
