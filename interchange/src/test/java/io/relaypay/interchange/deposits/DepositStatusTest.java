package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DepositStatusTest {

    @Test
    void aSettledDepositSucceedsOnlyWhenEverythingPlannedWasBilled() {
        assertThat(DepositStatus.settled(1000, 1000)).isEqualTo(DepositStatus.SUCCEEDED);
        assertThat(DepositStatus.settled(999, 1000)).isEqualTo(DepositStatus.PARTIALLY_SUCCEEDED);
        assertThat(DepositStatus.settled(0, 1000)).isEqualTo(DepositStatus.FAILED);
    }

    @Test
    void anUnconfirmedDepositCannotJumpToSucceeded() {
        assertThatThrownBy(() -> DepositStatus.REQUIRES_CONFIRMATION.to(DepositStatus.SUCCEEDED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reconcilingAnUnknownChargeMayRaiseAFailedOrPartialDeposit() {
        assertThat(DepositStatus.FAILED.to(DepositStatus.SUCCEEDED)).isEqualTo(DepositStatus.SUCCEEDED);
        assertThat(DepositStatus.PARTIALLY_SUCCEEDED.to(DepositStatus.SUCCEEDED))
                .isEqualTo(DepositStatus.SUCCEEDED);
        assertThat(DepositStatus.SUCCEEDED.successors()).isEmpty();
        assertThat(DepositStatus.CANCELED.successors()).isEmpty();
    }

    @Test
    void anItemOfUnknownFateIsNeverSentAgain() {
        assertThat(ItemState.UNKNOWN.successors()).doesNotContain(ItemState.QUEUED, ItemState.SENDING, ItemState.SENT);
        assertThat(ItemState.BILLED.successors()).isEmpty();
    }
}
