package io.relaypay.interchange.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class DeliveryDoorbellTest {

    final DeliveryDoorbell doorbell = new DeliveryDoorbell();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void withoutATransactionItRingsAtOnce() throws InterruptedException {
        doorbell.ring();

        assertThat(doorbell.await(Duration.ZERO)).isTrue();
        assertThat(doorbell.await(Duration.ZERO)).as("one ring wakes once").isFalse();
    }

    @Test
    void inATransactionItRingsOnlyAfterTheCommit() throws InterruptedException {
        TransactionSynchronizationManager.initSynchronization();

        doorbell.ring();
        assertThat(doorbell.await(Duration.ZERO)).as("before the commit").isFalse();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        assertThat(doorbell.await(Duration.ZERO)).isTrue();
    }

    @Test
    void aRolledBackTransactionNeverRings() throws InterruptedException {
        TransactionSynchronizationManager.initSynchronization();

        doorbell.ring();
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(doorbell.await(Duration.ZERO)).isFalse();
    }

    @Test
    void ringsWhileTheWorkerIsBusyFoldIntoOneWakeUp() throws InterruptedException {
        doorbell.ring();
        doorbell.ring();
        doorbell.ring();

        assertThat(doorbell.await(Duration.ZERO)).isTrue();
        assertThat(doorbell.await(Duration.ZERO)).isFalse();
    }
}
