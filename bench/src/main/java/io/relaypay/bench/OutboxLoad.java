package io.relaypay.bench;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.Sender;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.messaging.outbox.MessageState;
import io.relaypay.messaging.outbox.Outbox;
import io.relaypay.messaging.outbox.OutboxDispatcher;
import io.relaypay.messaging.outbox.OutboxSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outbox throughput on a database: how fast messages are accepted (one transaction each, from
 * {@code --clients} threads) and how fast {@code --dispatchers} dispatchers move them to SUBMITTED
 * through a channel that answers at once, so the figure is the outbox's own cost (claim, state
 * change, history, submission row), not a controller's.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar io.relaypay.bench.OutboxLoad --db postgres --messages 50000}</pre>
 */
public final class OutboxLoad {

    private OutboxLoad() {}

    /** Runs one measurement and prints it. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String db = options.getOrDefault("db", "postgres");
        int messages = Integer.parseInt(options.getOrDefault("messages", "50000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int dispatchers = Integer.parseInt(options.getOrDefault("dispatchers", "2"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "200"));
        try (BenchDatabase database = BenchDatabase.open(db, 32)) {
            Outbox outbox = Outbox.open(database.dataSource(), Clock.systemUTC());
            long acceptStart = System.nanoTime();
            accept(outbox, messages, clients);
            double acceptSeconds = (System.nanoTime() - acceptStart) / 1e9;

            var sent = new AtomicLong();
            var running = new ArrayList<OutboxDispatcher>();
            long dispatchStart = System.nanoTime();
            for (int i = 0; i < dispatchers; i++) {
                var base = OutboxSettings.defaults("bench-" + i);
                var settings = new OutboxSettings(
                        base.node(),
                        batch,
                        base.concurrency(),
                        base.lease(),
                        base.reconcileWindow(),
                        base.receiptDeadline(),
                        base.maxAttemptsPerRoute(),
                        base.firstBackoff(),
                        base.maxBackoff(),
                        java.time.Duration.ofMillis(5));
                var dispatcher = new OutboxDispatcher(outbox, Map.of("instant", new InstantChannel(sent)), settings);
                dispatcher.start();
                running.add(dispatcher);
            }
            while (outbox.count(MessageState.SUBMITTED) < messages) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            double dispatchSeconds = (System.nanoTime() - dispatchStart) / 1e9;
            running.forEach(OutboxDispatcher::close);
            System.out.printf(
                    "db=%s messages=%d clients=%d dispatchers=%d batch=%d accept=%.0f/s dispatch=%.0f/s sends=%d%n",
                    database.name(),
                    messages,
                    clients,
                    dispatchers,
                    batch,
                    messages / acceptSeconds,
                    messages / dispatchSeconds,
                    sent.get());
            if (sent.get() != messages) {
                System.out.println("FAILED: " + sent.get() + " sends for " + messages + " messages");
                System.exit(1);
            }
        }
    }

    private static void accept(Outbox outbox, int messages, int clients) throws InterruptedException {
        var next = new AtomicLong();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    for (long i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                        outbox.accept(
                                OutboundMessage.to(PhoneNumber.of("+4915112345671"))
                                        .from(new Sender.ShortCode("84444"))
                                        .text("bench message " + i)
                                        .build(Clock.systemUTC().instant()),
                                List.of("instant"));
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
    }

    private static Map<String, String> options(String[] args) {
        var options = new java.util.HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /** A controller that accepts everything at once, so only the outbox is measured. */
    private record InstantChannel(AtomicLong sent) implements Channel {
        @Override
        public String name() {
            return "instant";
        }

        @Override
        public void start() {}

        @Override
        public SendResult send(OutboundMessage message) {
            return new SendResult.Accepted(List.of(Long.toString(sent.incrementAndGet())));
        }

        @Override
        public ChannelHealth health() {
            return new ChannelHealth(true, 0, 0, 0);
        }

        @Override
        public void close() {}
    }
}
