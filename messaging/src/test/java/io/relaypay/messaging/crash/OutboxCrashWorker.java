package io.relaypay.messaging.crash;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.Sender;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.outbox.Outbox;
import io.relaypay.messaging.outbox.OutboxDispatcher;
import io.relaypay.messaging.outbox.OutboxJanitor;
import io.relaypay.messaging.outbox.OutboxSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The sending process the crash test kills: an outbox on PostgreSQL with a dispatcher and a
 * janitor sending through an SMPP channel to the simulator. With a burst size it first accepts
 * that many messages (printing progress); it then dispatches until killed.
 *
 * <p>Arguments: jdbc-url user password smpp-port system-id smpp-password burst phone...
 */
public final class OutboxCrashWorker {

    /** Short enough for a test, longer than the simulator's receipt delay. */
    static final Duration RECONCILE_WINDOW = Duration.ofSeconds(4);

    private OutboxCrashWorker() {}

    /** Runs until killed. */
    public static void main(String[] args) throws Exception {
        var pool = new HikariConfig();
        pool.setJdbcUrl(args[0]);
        pool.setUsername(args[1]);
        pool.setPassword(args[2]);
        pool.setMaximumPoolSize(8);
        var dataSource = new HikariDataSource(pool);
        Clock clock = Clock.systemUTC();
        Outbox outbox = Outbox.open(dataSource, clock);
        Channel smsc = ChannelFactory.forKind("smpp")
                .create(
                        "smsc",
                        Map.of("port", args[3], "system-id", args[4], "password", args[5]),
                        event -> {
                            if (event instanceof InboundEvent.DeliveryReport report) {
                                outbox.record(report);
                            }
                        },
                        clock);
        smsc.start();
        var settings = OutboxSettings.defaults(
                        "crash-worker-" + ProcessHandle.current().pid())
                .withReconcileWindow(RECONCILE_WINDOW)
                .withLease(Duration.ofSeconds(2));
        var dispatcher = new OutboxDispatcher(outbox, Map.of("smsc", smsc), settings);
        var janitor = new OutboxJanitor(outbox, settings);
        dispatcher.start();
        Thread.ofVirtual().start(() -> {
            while (true) {
                try {
                    janitor.runOnce();
                    TimeUnit.MILLISECONDS.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    System.err.println("janitor: " + e);
                }
            }
        });
        int burst = Integer.parseInt(args[6]);
        List<String> phones = List.of(args).subList(7, args.length);
        for (int i = 0; i < burst; i++) {
            outbox.accept(
                    OutboundMessage.to(PhoneNumber.of(phones.get(i % phones.size())))
                            .from(new Sender.ShortCode("84444"))
                            .text("crash-test run " + ProcessHandle.current().pid() + " message " + i)
                            .build(clock.instant()),
                    List.of("smsc"));
            System.out.println("ACCEPTED " + (i + 1));
        }
        System.out.println("BURST DONE");
        Thread.currentThread().join();
    }
}
