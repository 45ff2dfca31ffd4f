package io.relaypay.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The refunds and balance endpoints over real HTTP against canned answers. */
class RefundsAndBalanceTest {

    private final CannedApiServer api = new CannedApiServer();
    private final RelaypayClient client = api.client();

    @AfterEach
    void close() {
        client.close();
        api.close();
    }

    @Test
    void aPartialRefundSendsTheAmount() {
        api.answer(201, Fixtures.refund("re_1", "succeeded"));

        Refund refund = client.refunds().create(CreateRefundParams.partialRefund("pay_1", 200), "refund-1");

        CannedApiServer.Recorded request = api.requests().getFirst();
        assertThat(request.path()).isEqualTo("/v1/refunds");
        assertThat(request.header("Idempotency-Key")).isEqualTo("refund-1");
        assertThat(request.body()).isEqualTo("{\"payment\":\"pay_1\",\"amount\":200}");
        assertThat(refund)
                .isEqualTo(new Refund(
                        "re_1", "pay_1", 200, "EUR", RefundStatus.SUCCEEDED, Instant.ofEpochSecond(1795421000)));
    }

    @Test
    void aFullRefundLeavesTheAmountToTheServer() {
        api.answer(201, Fixtures.refund("re_1", "pending"));

        client.refunds().create(CreateRefundParams.fullRefund("pay_1"));

        assertThat(api.requests().getFirst().body()).isEqualTo("{\"payment\":\"pay_1\"}");
    }

    @Test
    void retrieveReadsARefundWithAnUnknownStatus() {
        api.answer(200, Fixtures.refund("re_9", "reversed_by_moon"));

        Refund refund = client.refunds().retrieve("re_9");

        assertThat(api.requests().getFirst().path()).isEqualTo("/v1/refunds/re_9");
        assertThat(refund.status()).isEqualTo(RefundStatus.UNKNOWN);
    }

    @Test
    void balanceListsAvailableAndPendingPerCurrency() {
        api.answer(200, """
                {"object":"balance","livemode":false,
                 "available":[{"amount":1200,"currency":"EUR"},{"amount":-5,"currency":"GBP"}],
                 "pending":[{"amount":0,"currency":"EUR"}]}
                """);

        Balance balance = client.balance();

        assertThat(api.requests().getFirst().path()).isEqualTo("/v1/balance");
        assertThat(balance.available()).containsExactly(new Money(1200, "EUR"), new Money(-5, "GBP"));
        assertThat(balance.pending()).containsExactly(new Money(0, "EUR"));
        assertThat(balance.livemode()).isFalse();
    }
}
