package io.relaypay.messaging.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.messaging.outbox.MessageState;
import io.relaypay.messaging.outbox.Outbox;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Phone;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.PostgresSchema;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kills the sending JVM with SIGKILL in the middle of a burst, twice, and checks after a restart
 * that every accepted message reached its virtual phone exactly once: none lost between acceptance
 * and submission, none duplicated by a retry after an unknown outcome.
 */
class OutboxCrashIT {
    @RegisterExtension
    static final PostgresSchema db = new PostgresSchema(4);

    private static final String SMSC = "smsc-hub";
    private static final int BURST = 2_000;

    private final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
    private final List<Process> workers = new ArrayList<>();

    @AfterEach
    void stop() {
        workers.forEach(Process::destroyForcibly);
        network.close();
    }

    @Test
    void everyAcceptedMessageIsDeliveredExactlyOnceAcrossKills() throws Exception {
        Outbox outbox = Outbox.open(db.dataSource(), Clock.systemUTC());

        Worker first = start(BURST);
        await().atMost(Duration.ofMinutes(2)).until(() -> submits() >= 300);
        first.kill();

        long submitsBefore = submits();
        Worker second = start(BURST);
        await().atMost(Duration.ofMinutes(2)).until(() -> submits() >= submitsBefore + 300);
        second.kill();

        start(0);
        long accepted = rows();
        assertThat(accepted).isGreaterThan(300);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> states(outbox), states -> states.getOrDefault(MessageState.DELIVERED, 0L) == accepted);

        Map<String, Integer> received = new HashMap<>();
        for (Phone phone : network.phones()) {
            for (ReceivedMessage message : phone.inbox()) {
                received.merge(phone.msisdn() + "|" + message.text(), 1, Integer::sum);
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        for (String key : acceptedMessages()) {
            expected.put(key, 1);
        }
        assertThat(received).isEqualTo(expected);
    }

    /** Messages per state; Awaitility prints the last value when the wait times out. */
    private static Map<MessageState, Long> states(Outbox outbox) {
        var counts = new java.util.EnumMap<MessageState, Long>(MessageState.class);
        for (MessageState state : MessageState.values()) {
            long count = outbox.count(state);
            if (count > 0) {
                counts.put(state, count);
            }
        }
        return counts;
    }

    private long submits() {
        return network.smsc(SMSC).submitsAccepted();
    }

    private long rows() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM outbox_message")) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> acceptedMessages() throws SQLException {
        var keys = new ArrayList<String>();
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT recipient, body FROM outbox_message")) {
            while (r.next()) {
                keys.add(r.getString(1) + "|" + r.getString(2));
            }
        }
        return keys;
    }

    private Worker start(int burst) throws IOException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                OutboxCrashWorker.class.getName(),
                db.jdbcUrl(),
                db.user(),
                db.password(),
                Integer.toString(network.smppPort(SMSC)),
                network.config().smscs().stream()
                        .filter(s -> s.name().equals(SMSC))
                        .findFirst()
                        .orElseThrow()
                        .systemId(),
                network.config().smscs().stream()
                        .filter(s -> s.name().equals(SMSC))
                        .findFirst()
                        .orElseThrow()
                        .password(),
                Integer.toString(burst)));
        network.phones().forEach(phone -> command.add(phone.msisdn()));
        Process process = new ProcessBuilder(command)
                .redirectError(new File("target/outbox-crash-worker-" + workers.size() + ".log"))
                .start();
        workers.add(process);
        var worker = new Worker(process);
        Thread.ofVirtual().start(worker::readProgress);
        return worker;
    }

    private static final class Worker {
        private final Process process;
        private final AtomicInteger accepted = new AtomicInteger();

        Worker(Process process) {
            this.process = process;
        }

        void readProgress() {
            try (var lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("ACCEPTED ")) {
                        accepted.set(Integer.parseInt(line.substring("ACCEPTED ".length())));
                    }
                }
            } catch (IOException e) {
                // The process was killed; its output ends here.
            }
        }

        /** SIGKILL: no shutdown hooks, no unbind, no chance to record anything. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
