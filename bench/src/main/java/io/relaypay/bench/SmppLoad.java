package io.relaypay.bench;

import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.Sender;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.messaging.smpp.SmppChannel;
import io.relaypay.messaging.smpp.SmppChannelConfig;
import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.SmscConfig;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Load runner for one SMPP bind: {@code --senders} virtual threads push {@code --messages} short
 * messages through one {@link SmppChannel} to a simulator SMSC over loopback. It prints submit_sm
 * per second and, with receipts on, the accept-to-receipt latency: from the Accepted result to the
 * delivery report reaching the channel's sink.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar io.relaypay.bench.SmppLoad --messages 200000 --window 64}</pre>
 *
 * <p>With {@code --port 0} (the default) the simulator runs in this JVM; give the SMPP port of a
 * running {@code ./relaypay simulator} to keep the two apart.
 */
public final class SmppLoad {

    private static final String PHONE = "+4915112345671";
    private static final List<String> OPTIONS =
            List.of("messages", "warmup", "window", "senders", "receipts", "rate", "port", "host");
    private static final String USAGE = "usage: SmppLoad [--messages 200000] [--warmup 20000] [--window 64]"
            + " [--senders 256] [--receipts true] [--rate 0 (submit_sm/s; 0 = no limit)]"
            + " [--port 0 (embedded simulator)] [--host 127.0.0.1]";

    /** When a message was accepted or its receipt arrived, whichever came first. */
    private record Stamp(boolean accepted, long nanos, boolean measured) {}

    private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();
    private final ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
    private final LongAdder reports = new LongAdder();
    private final LongAdder notAccepted = new LongAdder();
    private volatile boolean measuring;

    private SmppLoad() {}

    /** Runs one load; see the class comment. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        new SmppLoad().run(options, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    private void run(Map<String, String> options, PrintStream out) throws Exception {
        int messages = Integer.parseInt(options.getOrDefault("messages", "200000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20000"));
        int window = Integer.parseInt(options.getOrDefault("window", "64"));
        int senders = Integer.parseInt(options.getOrDefault("senders", "256"));
        boolean receipts = Boolean.parseBoolean(options.getOrDefault("receipts", "true"));
        String rate = options.getOrDefault("rate", "0");
        int port = Integer.parseInt(options.getOrDefault("port", "0"));
        String host = options.getOrDefault("host", "127.0.0.1");

        Optional<CarrierNetwork> embedded = port == 0 ? Optional.of(simulator()) : Optional.empty();
        var config = SmppChannelConfig.from(Map.of(
                "host",
                host,
                "port",
                Integer.toString(embedded.map(n -> n.smppPort("smsc-bench")).orElse(port)),
                "system-id",
                "relaypay",
                "password",
                "secret",
                "window-size",
                Integer.toString(window),
                "registered-delivery",
                Boolean.toString(receipts),
                "validity-period",
                "false",
                "max-submits-per-second",
                rate));
        try (var channel = new SmppChannel("smsc-bench", config, this::inbound, Clock.systemUTC())) {
            channel.start();
            awaitBound(channel);
            OutboundMessage message = OutboundMessage.to(PhoneNumber.of(PHONE))
                    .from(Sender.parse("84444"))
                    .text("Your confirmation code is 4711")
                    .build(Clock.systemUTC().instant());
            send(channel, message, warmup, senders);
            measuring = true;
            long start = System.nanoTime();
            send(channel, message, messages, senders);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(
                    "submit_sm: %,d in %.2f s = %,.0f/s on one bind (window %d, %d senders, receipts %s, rate limit %s),"
                            + " not accepted %d%n",
                    messages, seconds, messages / seconds, window, senders, receipts, rate, notAccepted.sum());
            if (receipts) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (reports.sum() < (long) messages + warmup && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Histogram h = latency.copy();
                out.printf(
                        "accept-to-receipt: n=%,d p50=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms%n",
                        h.getTotalCount(),
                        h.getValueAtPercentile(50) / 1000.0,
                        h.getValueAtPercentile(99) / 1000.0,
                        h.getValueAtPercentile(99.9) / 1000.0,
                        h.getMaxValue() / 1000.0);
            }
        } finally {
            embedded.ifPresent(CarrierNetwork::close);
        }
    }

    private void send(SmppChannel channel, OutboundMessage message, int count, int senders) {
        var left = new AtomicInteger(count);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < senders; i++) {
                executor.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        SendResult result = channel.send(message);
                        if (result instanceof SendResult.Accepted accepted) {
                            stamp(accepted.controllerMessageId(), true);
                        } else if (measuring) {
                            notAccepted.increment();
                        }
                    }
                });
            }
        }
    }

    private void inbound(InboundEvent event) {
        if (event instanceof InboundEvent.DeliveryReport report) {
            reports.increment();
            stamp(report.controllerMessageId(), false);
        }
    }

    /** Pairs the acceptance and the receipt of one id, in whichever order they come. */
    private void stamp(String id, boolean accepted) {
        long now = System.nanoTime();
        boolean measured = measuring;
        stamps.compute(id, (key, first) -> {
            if (first == null) {
                return new Stamp(accepted, now, measured);
            }
            if (first.measured()) {
                long acceptedAt = first.accepted() ? first.nanos() : now;
                long reportedAt = first.accepted() ? now : first.nanos();
                latency.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(reportedAt - acceptedAt)));
            }
            return null;
        });
    }

    private static void awaitBound(SmppChannel channel) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!channel.health().connected()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no bind within 30 s");
            }
            Thread.sleep(10);
        }
    }

    private static CarrierNetwork simulator() {
        return CarrierNetwork.start(SimulatorConfig.builder()
                .host("127.0.0.1")
                .httpPort(0)
                .smtpPort(0)
                .carrier(new CarrierConfig("northwind", "EUR", List.of(99L), 30, List.of("+49151"), "sms.north.test"))
                .smsc(SmscConfig.builder("smsc-bench")
                        .port(0)
                        .dlrDelay(Duration.ZERO)
                        .carriers("northwind")
                        .build())
                .phone(PHONE, "northwind")
                .build());
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            String name = args[i].substring(2);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            options.put(name, args[i + 1]);
        }
        return options;
    }
}
