package io.relaypay.ledger.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.audit.BooksAudit;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferFlag;
import io.relaypay.ledger.store.LedgerSchema;
import io.relaypay.testkit.PostgresSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is applying transfers to the real PostgreSQL with SIGKILL at random moments,
 * over and over, restarting it each time. Every transfer it acknowledged must be stored exactly
 * once with the acknowledged outcome, every linked chain stored whole or not at all, and the books
 * must audit clean.
 */
class CrashRecoveryIT {

    private static final int KILLS = 24;
    private static final long SEED = 20261123L;

    @RegisterExtension
    static final PostgresSchema db = new PostgresSchema(2);

    @TempDir
    Path dir;

    @Test
    void acknowledgedTransfersSurviveSigkillExactlyOnce() throws Exception {
        LedgerSchema.migrate(db.dataSource());
        Path log = dir.resolve("acks.log");
        Random random = new Random(SEED);
        int killsWithWorkInFlight = 0;
        for (int run = 0; run < KILLS; run++) {
            Process worker = startWorker(log);
            awaitReady(worker);
            int doneBefore = CrashWorker.firstBatchNotDone(log);
            Thread.sleep(20 + random.nextInt(400));
            worker.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
            assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (CrashWorker.firstBatchNotDone(log) > doneBefore) {
                killsWithWorkInFlight++;
            }
        }
        // A final clean pass: the last worker resubmits the batch it was killed in, then stops.
        Process last = startWorker(log);
        awaitReady(last);
        Thread.sleep(300);
        last.destroyForcibly();
        last.waitFor(30, TimeUnit.SECONDS);

        assertThat(killsWithWorkInFlight)
                .as("kills that landed while batches were committing")
                .isGreaterThan(KILLS / 2);
        Set<UUID> stored = BooksAudit.assertSound(db.dataSource());
        Map<UUID, String> acknowledged = readAcks(log);
        assertThat(acknowledged).isNotEmpty();
        acknowledged.forEach((id, result) -> {
            if (result.equals("ok") || result.equals("exists")) {
                assertThat(stored).as("acknowledged %s as %s", id, result).contains(id);
            } else {
                assertThat(stored).as("acknowledged %s as %s", id, result).doesNotContain(id);
            }
        });
        assertChainsWholeOrAbsent(stored, CrashWorker.firstBatchNotDone(log));
    }

    private void assertChainsWholeOrAbsent(Set<UUID> stored, int batches) {
        CrashWorkload workload = new CrashWorkload(SEED);
        int chains = 0;
        for (int n = 0; n <= batches; n++) {
            List<Transfer> chain = new ArrayList<>();
            for (Transfer t : workload.batch(n)) {
                chain.add(t);
                if (!t.has(TransferFlag.LINKED)) {
                    long present = chain.stream()
                            .filter(c -> stored.contains(c.id().value()))
                            .count();
                    assertThat(present)
                            .as("chain in batch %d stored whole or not at all", n)
                            .isIn(0L, (long) chain.size());
                    chains++;
                    chain.clear();
                }
            }
        }
        assertThat(chains).isPositive();
    }

    private Process startWorker(Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashWorker.class.getName(),
                db.jdbcUrl(),
                db.user(),
                db.password(),
                log.toString(),
                Long.toString(SEED));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static void awaitReady(Process worker) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            if (line.startsWith("ready")) {
                // Keep draining so the child never blocks on a full pipe.
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> {}));
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("worker exited before it was ready:\n" + seen);
    }

    private static Map<UUID, String> readAcks(Path log) throws Exception {
        Map<UUID, String> acks = new HashMap<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            if (parts[0].equals("ack") && parts.length == 4) {
                UUID id = UUID.fromString(parts[2]);
                String previous = acks.put(id, parts[3]);
                if (previous != null) {
                    // The same batch resubmitted after a crash: a stored transfer now says exists.
                    assertThat(parts[3])
                            .as("resubmission of %s acknowledged %s before", id, previous)
                            .isEqualTo(previous.equals("ok") ? "exists" : parts[3]);
                }
            }
        }
        return acks;
    }
}
