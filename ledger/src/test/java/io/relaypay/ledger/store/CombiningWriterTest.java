package io.relaypay.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The combining writer hands every caller exactly its own results, once, whatever the contention. */
class CombiningWriterTest {

    private static final AccountId A = AccountId.timeOrdered();
    private static final AccountId B = AccountId.timeOrdered();

    /** Marks each transfer's result by amount parity, so a caller can tell its own results apart. */
    private static List<CreateTransferResult> resultsFor(List<Transfer> batch) {
        return batch.stream()
                .map(t -> t.amount() % 2 == 0 ? CreateTransferResult.OK : CreateTransferResult.EXCEEDS_CREDITS)
                .toList();
    }

    private static List<Transfer> batch(int size, long firstAmount) {
        List<Transfer> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(Transfer.of(TransferId.timeOrdered(), A, B, Money.of(firstAmount + i, "EUR")));
        }
        return batch;
    }

    @Test
    @Timeout(60) // a lost request would hang its caller forever
    void everyCallerGetsItsOwnResultsAndEveryTransferIsAppliedOnce() throws Exception {
        Map<TransferId, Integer> applied = new ConcurrentHashMap<>();
        AtomicInteger groups = new AtomicInteger();
        Function<List<List<Transfer>>, List<List<CreateTransferResult>>> apply = batches -> {
            groups.incrementAndGet();
            batches.forEach(b -> b.forEach(t -> applied.merge(t.id(), 1, Integer::sum)));
            Thread.onSpinWait();
            return batches.stream().map(CombiningWriterTest::resultsFor).toList();
        };
        CombiningWriter writer = new CombiningWriter(4, 64, 4_096, apply);
        int callers = 16;
        int rounds = 300;
        List<Transfer> submitted = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<List<Transfer>>> futures = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                futures.add(pool.submit(() -> {
                    List<Transfer> mine = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        // Mixed sizes, so both the shared and the exclusive path run.
                        List<Transfer> batch = batch(r % 10 == 0 ? 200 : 1 + (caller + r) % 5, caller * 7L + r);
                        assertThat(writer.submit(batch)).isEqualTo(resultsFor(batch));
                        mine.addAll(batch);
                    }
                    return mine;
                }));
            }
            for (Future<List<Transfer>> f : futures) {
                submitted.addAll(f.get());
            }
        }
        assertThat(applied).hasSize(submitted.size());
        assertThat(applied.values()).containsOnly(1);
        assertThat(groups.get()).as("requests were combined").isLessThan(callers * rounds);
    }

    @Test
    @Timeout(60)
    void oneCallersFailureDoesNotFailTheOthersInItsGroup() throws Exception {
        List<Transfer> poison = batch(1, 13);
        Function<List<List<Transfer>>, List<List<CreateTransferResult>>> apply = batches -> {
            if (batches.contains(poison)) {
                throw new IllegalStateException("this batch cannot be applied");
            }
            return batches.stream().map(CombiningWriterTest::resultsFor).toList();
        };
        CombiningWriter writer = new CombiningWriter(1, 64, 4_096, apply);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> others = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                long first = 100L * c;
                others.add(pool.submit(() -> {
                    for (int r = 0; r < 200; r++) {
                        List<Transfer> batch = batch(3, first + r);
                        assertThat(writer.submit(batch)).isEqualTo(resultsFor(batch));
                    }
                }));
            }
            for (int r = 0; r < 50; r++) {
                assertThatThrownBy(() -> writer.submit(poison)).isInstanceOf(IllegalStateException.class);
            }
            for (Future<?> f : others) {
                f.get();
            }
        }
    }
}
