package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerIdsTest {

    @Test
    void sameObjectAndStepGiveTheSameTransferId() {
        assertThat(LedgerIds.transfer("pay_1", "post")).isEqualTo(LedgerIds.transfer("pay_1", "post"));
    }

    @Test
    void stepsAndObjectsGiveDistinctTransferIds() {
        assertThat(LedgerIds.transfer("pay_1", "post")).isNotEqualTo(LedgerIds.transfer("pay_1", "fee"));
        assertThat(LedgerIds.transfer("pay_1", "post")).isNotEqualTo(LedgerIds.transfer("pay_2", "post"));
    }

    @Test
    void testAndLiveMoneyNeverShareAnAccount() {
        BookAccount wallet = new BookAccount.Wallet("usr_1");
        assertThat(LedgerIds.account(wallet, "EUR", false)).isNotEqualTo(LedgerIds.account(wallet, "EUR", true));
        assertThat(LedgerIds.account(wallet, "EUR", false)).isNotEqualTo(LedgerIds.account(wallet, "USD", false));
    }

    @Test
    void idsCarryTheCustomUuidVersion() {
        assertThat(LedgerIds.transfer("pay_1", "post").value().version()).isEqualTo(8);
        assertThat(LedgerIds.transfer("pay_1", "post").isZero()).isFalse();
    }
}
