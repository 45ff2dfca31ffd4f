package io.relaypay.interchange.webhooks;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.merchants.MerchantService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due deliveries: claims them in batches ({@code SKIP LOCKED}, so any number of dispatchers
 * on any number of nodes share the work), signs each body with the merchant's secret and posts it
 * on a virtual thread, at most {@link Settings#concurrency()} at once, then records the attempt and
 * the delivery's next state. A claim holds a lease; if this node stops before recording, the
 * {@link WebhookJanitor} takes the delivery back once the lease has run out.
 */
public final class WebhookDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    /**
     * How a dispatcher works.
     *
     * @param batchSize deliveries claimed per query
     * @param concurrency posts in flight at once
     * @param lease how long a claim is held; longer than a post can take (timeouts included)
     */
    public record Settings(int batchSize, int concurrency, Duration lease) {

        /** Rejects nonsense. */
        public Settings {
            if (batchSize < 1 || concurrency < 1) {
                throw new IllegalArgumentException("batch size and concurrency must be positive");
            }
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("the lease must be positive");
            }
        }
    }

    private final WebhookStore store;
    private final Transactions transactions;
    private final WebhookSender sender;
    private final MerchantService merchants;
    private final RetrySchedule schedule;
    private final Ids ids;
    private final Settings settings;
    private final String node;
    private final Semaphore inFlight;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    /** A dispatcher posting through {@code sender}, signing with the merchants' webhook secrets. */
    public WebhookDispatcher(
            WebhookStore store,
            Transactions transactions,
            WebhookSender sender,
            MerchantService merchants,
            RetrySchedule schedule,
            Ids ids,
            Settings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.node = ids.next("node");
        this.inFlight = new Semaphore(settings.concurrency());
    }

    /** This dispatcher's name in the {@code lease_owner} column. */
    public String node() {
        return node;
    }

    /** Claims up to {@code limit} deliveries due at {@code now} for this dispatcher, without sending them. */
    public List<Delivery> claim(Instant now, int limit) {
        Instant leaseUntil = now.plus(settings.lease());
        return transactions.inTransaction(() -> {
            List<Delivery> claimed = new ArrayList<>();
            for (Delivery due : store.lockDue(now, limit)) {
                Delivery mine = due.claimed(node, leaseUntil, now);
                store.update(mine);
                claimed.add(mine);
            }
            return claimed;
        });
    }

    /**
     * Claims as many due deliveries as there is room for and starts posting them, as if the time
     * were {@code now}; returns how many it claimed. The posts may still run when it returns.
     */
    public int dispatch(Instant now) {
        int free = inFlight.availablePermits();
        if (free == 0) {
            return 0;
        }
        List<Delivery> claimed = claim(now, Math.min(settings.batchSize(), free));
        for (Delivery delivery : claimed) {
            inFlight.acquireUninterruptibly();
            senders.execute(() -> {
                try {
                    send(delivery, now);
                } finally {
                    inFlight.release();
                }
            });
        }
        return claimed.size();
    }

    /**
     * Sends everything due at {@code now} and returns once every answer is recorded: how tests
     * and operators drive delivery at a chosen time.
     *
     * @return how many deliveries were attempted
     */
    public int tick(Instant now) {
        awaitIdle();
        int total = 0;
        int claimed;
        do {
            claimed = dispatch(now);
            total += claimed;
            awaitIdle();
        } while (claimed > 0);
        return total;
    }

    /** Waits until no post started by this dispatcher is running. */
    public void awaitIdle() {
        inFlight.acquireUninterruptibly(settings.concurrency());
        inFlight.release(settings.concurrency());
    }

    private void send(Delivery claimed, Instant now) {
        long started = System.nanoTime();
        SendOutcome outcome;
        try {
            outcome = post(claimed, now);
        } catch (RuntimeException e) {
            // A bug on our side (the event row gone, a secret that will not open): retried like a
            // merchant outage, and logged without the secret.
            log.error("delivery={} event={} could not be prepared", claimed.id(), claimed.eventId(), e);
            outcome = new SendOutcome.NoAnswer("internal error preparing the request");
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        try {
            record(claimed, new DeliveryAttempt(ids.next("wha"), claimed.id(), now, outcome, millis), now);
        } catch (RuntimeException e) {
            // The lease runs out and the janitor queues the delivery again: sent twice at worst.
            log.error("delivery={} event={} could not record {}", claimed.id(), claimed.eventId(), outcome, e);
        }
    }

    private SendOutcome post(Delivery claimed, Instant now) {
        StoredEvent event = store.event(claimed.eventId())
                .orElseThrow(() -> new IllegalStateException("event " + claimed.eventId() + " is gone"));
        List<String> secrets = merchants.webhookSecrets(claimed.merchantId());
        if (secrets.isEmpty()) {
            return new SendOutcome.NoAnswer("the merchant has no webhook signing secret");
        }
        String signature = WebhookSigner.sign(secrets, now.getEpochSecond(), event.body());
        return sender.post(new WebhookRequest(claimed.url(), event.id(), signature, event.body()));
    }

    private void record(Delivery claimed, DeliveryAttempt attempt, Instant now) {
        Optional<Delivery> after = transactions.inTransaction(() -> {
            store.insertAttempt(attempt);
            Optional<Delivery> next = store.lock(claimed.id())
                    .filter(d ->
                            d.state() == DeliveryState.SENDING && d.leaseOwner().equals(Optional.of(node)))
                    .map(d -> d.attempted(attempt.outcome(), now, schedule));
            next.ifPresent(store::update);
            return next;
        });
        if (after.isEmpty()) {
            log.warn(
                    "delivery={} event={} was taken back while sending; outcome {} kept as an attempt only",
                    claimed.id(),
                    claimed.eventId(),
                    attempt.outcome());
            return;
        }
        Delivery next = after.get();
        log.info(
                "delivery={} event={} attempt={} outcome={} state={}{}",
                next.id(),
                next.eventId(),
                next.attempts(),
                describe(attempt.outcome()),
                next.state().wire(),
                next.state() == DeliveryState.PENDING ? " next=" + next.nextAttemptAt() : "");
    }

    private static String describe(SendOutcome outcome) {
        return switch (outcome) {
            case SendOutcome.Answered answered -> "status " + answered.status();
            case SendOutcome.NoAnswer none -> "no answer: " + none.error();
        };
    }

    /** Waits for posts in flight and stops the senders. */
    @Override
    public void close() {
        awaitIdle();
        senders.close();
    }
}
