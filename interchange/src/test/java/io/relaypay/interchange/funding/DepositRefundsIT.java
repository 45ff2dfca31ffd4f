package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.Http;
import io.relaypay.simulator.processor.BankTransfer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Deposits given back to their card, bank account or stored-value account at the processor
 * simulator, in part or in full, never above what was deposited nor what the wallet still holds.
 */
class DepositRefundsIT extends DepositFixture {

    static Http.Response refund(String depositId, Long amount) {
        return server.admin()
                .post(
                        "/admin/v1/funding-deposits/" + depositId + "/refunds",
                        amount == null ? Map.of() : Map.of("amount", amount));
    }

    static String cardDeposit(String phone, long amount) {
        JsonNode deposit = deposit(phone, "card", linkCard(phone, "4242424242424242"), amount);
        assertThat(deposit.get("status").asString()).isEqualTo("succeeded");
        return deposit.get("id").asString();
    }

    @Test
    void cardDepositIsRefundedInPartsNeverAboveTheDeposit() {
        String phone = newPhone();
        long clearingBefore = systemBalance("processor-clearing/card");
        String id = cardDeposit(phone, 1_000);
        String charge = get(id).get("charge").asString();

        Http.Response part = refund(id, 400L);
        Http.Response over = refund(id, 601L);
        Http.Response rest = refund(id, null);

        assertThat(part.status()).as(part.raw()).isEqualTo(201);
        assertThat(part.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(over.status()).isEqualTo(409);
        assertThat(rest.json().get("amount").asLong()).isEqualTo(600);
        assertThat(network.processor().cards().refunds(charge))
                .extracting(r -> r.amount())
                .containsExactly(400L, 600L);
        assertThat(get(id).get("amount_refunded").asLong()).isEqualTo(1_000);
        assertThat(wallet(phone)).isZero();
        // The processor keeps its fee (2.5 % + 0.25 = 0.50) when it refunds: the clearing account carries it.
        assertThat(systemBalance("processor-clearing/card")).isEqualTo(clearingBefore + 50);
    }

    @Test
    void bankDepositIsRefundedByACreditToTheSameAccount() {
        String phone = newPhone();
        String id =
                deposit(phone, "bank", linkBank(phone, IBAN), 2_000).get("id").asString();
        network.processor().advance(Duration.ofDays(3));
        janitor();
        assertThat(wallet(phone)).isEqualTo(2_000);

        Http.Response refunded = refund(id, 500L);

        assertThat(refunded.json().get("status").asString()).as(refunded.raw()).isEqualTo("succeeded");
        assertThat(network.processor().bankTransfers().byReference(refunded.text("id")))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.direction()).isEqualTo(BankTransfer.Direction.CREDIT);
                    assertThat(t.amount()).isEqualTo(500);
                    assertThat(t.accountNumber()).isEqualTo(IBAN);
                });
        assertThat(wallet(phone)).isEqualTo(1_500);
    }

    @Test
    void storedValueDepositGoesBackToTheAccount() {
        String phone = newPhone();
        String email = "back" + phone.substring(1) + "@example.com";
        network.processor().fundStoredValue(email, "EUR", 1_000);
        String id = deposit(phone, "stored_value", linkEmail(phone, email), 800)
                .get("id")
                .asString();

        refund(id, null);

        assertThat(network.processor()
                        .storedValue()
                        .account(email)
                        .orElseThrow()
                        .balance())
                .isEqualTo(1_000);
        assertThat(wallet(phone)).isZero();
    }

    @Test
    void moneyAlreadySpentIsNotRefunded() {
        String phone = newPhone();
        String id = cardDeposit(phone, 1_000);
        funds.settle(funds.processing(funds.merchant("Spent Shop", 0, 0), 700, phone));

        Http.Response refunded = refund(id, 500L);

        assertThat(refunded.json().get("status").asString()).isEqualTo("failed");
        assertThat(refunded.json().get("failure_code").asString()).isEqualTo("insufficient_balance");
        assertThat(get(id).get("amount_refunded").asLong()).isZero();
        assertThat(network.processor().cards().refunds(get(id).get("charge").asString()))
                .isEmpty();
        assertThat(wallet(phone)).isEqualTo(300);
    }

    @Test
    void refundWhoseAnswerWasLostIsCompletedByTheJanitorOnce() {
        String phone = newPhone();
        String id = cardDeposit(phone, 1_000);
        network.processor().dropResponses(1);

        Http.Response pending = refund(id, 1_000L);
        assertThat(pending.json().get("status").asString()).isEqualTo("pending");
        janitor();
        janitor();

        assertThat(server.admin()
                        .get("/admin/v1/deposit-refunds/" + pending.text("id"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("succeeded");
        assertThat(network.processor().cards().refunds(get(id).get("charge").asString()))
                .hasSize(1);
        assertThat(wallet(phone)).isZero();
    }
}
