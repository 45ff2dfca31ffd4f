package io.relaypay.bench;

import io.relaypay.bench.PaymentStats.Step;
import io.relaypay.simulator.Phone;
import io.relaypay.simulator.ReceivedMessage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual buyer of {@link PaymentLoad}, on its own virtual thread: pays one payment after
 * another until the end of the run, each from the next of its own phones (no other buyer uses
 * them, so the newest code in a phone's inbox is this buyer's). A payment: the merchant creates it
 * (with the buyer's number and {@code confirm: true} for {@code --confirm api}), the buyer opens the
 * checkout page and types the number (not for {@code api}), waits for the SMS on the phone, types
 * the code on the page or replies to the SMS, and the merchant learns that the payment succeeded
 * from its webhook or by reading it. A step that goes wrong is counted by kind and the buyer goes on with the next payment.
 */
final class Buyer implements Runnable {

    private static final Pattern REPLY_CODE = Pattern.compile("reply (\\d{5})", Pattern.CASE_INSENSITIVE);
    private static final long SMS_TIMEOUT = TimeUnit.SECONDS.toNanos(30);
    private static final long STATUS_TIMEOUT = TimeUnit.SECONDS.toNanos(30);
    private static final long LATE = TimeUnit.MILLISECONDS.toNanos(10);

    private final InterchangeApi api;
    private final String key;
    private final List<Phone> phones;
    private final PaymentLoadOptions options;
    private final PaymentStats stats;
    private final Pacer pacer;
    private final WebhookSink webhooks;
    private final String name;
    private int next;
    private long payments;

    /** Hands out start times when the load is paced ({@code --rate}); one per run, shared. */
    record Pacer(long firstNanos, long intervalNanos, AtomicLong slots) {
        /** The start time of the next payment, or {@code firstNanos} again when not paced. */
        long nextStart() {
            return intervalNanos == 0 ? 0 : firstNanos + slots.getAndIncrement() * intervalNanos;
        }
    }

    Buyer(
            String name,
            InterchangeApi api,
            String key,
            List<Phone> phones,
            PaymentLoadOptions options,
            PaymentStats stats,
            Pacer pacer,
            WebhookSink webhooks) {
        this.webhooks = webhooks;
        this.name = name;
        this.api = api;
        this.key = key;
        this.phones = phones;
        this.options = options;
        this.stats = stats;
        this.pacer = pacer;
    }

    @Override
    public void run() {
        while (true) {
            long slot = pacer.nextStart();
            if (slot != 0) {
                if (slot >= stats.windowEnd()) {
                    return;
                }
                long wait = slot - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                } else if (-wait > LATE) {
                    stats.lateStart();
                }
            }
            if (System.nanoTime() >= stats.windowEnd()) {
                return;
            }
            Phone phone = phones.get(next);
            next = (next + 1) % phones.size();
            try {
                pay(phone);
            } catch (RuntimeException e) {
                stats.failed(kind(e));
                // A failing server must not turn the load into a busy loop.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
    }

    private void pay(Phone phone) {
        long start = System.nanoTime();
        stats.started(start);
        int inboxBefore = phone.inbox().size();
        boolean pageless = options.confirm() == PaymentLoadOptions.Confirm.API;
        InterchangeApi.Created payment = api.createPayment(
                key,
                options.amount(),
                name + "-" + payments++,
                pageless ? Optional.of(phone.msisdn()) : Optional.empty());
        long created = System.nanoTime();
        stats.record(Step.CREATE, start, start, created);

        String csrf = "";
        long entered = created;
        if (!pageless) {
            csrf = api.openPage(payment.checkoutUrl());
            long opened = System.nanoTime();
            stats.record(Step.PAGE, start, created, opened);
            String after = api.postForm(payment.checkoutUrl(), "phone", csrf, "phone_number", phone.msisdn());
            requireNoNotice("phone", after);
            entered = System.nanoTime();
            stats.record(Step.PHONE, start, opened, entered);
        }

        ReceivedMessage sms = awaitCode(phone, inboxBefore);
        Matcher code = REPLY_CODE.matcher(sms.text());
        code.find();
        long received = System.nanoTime();
        stats.record(Step.SMS, start, entered, received);

        if (options.confirm() == PaymentLoadOptions.Confirm.PAGE) {
            String done = api.postForm(payment.checkoutUrl(), "code", csrf, "code", code.group(1));
            requireNoNotice("code", done);
            long confirmed = System.nanoTime();
            stats.record(Step.CONFIRM, start, received, confirmed);
            awaitSucceeded(payment.id(), start, confirmed);
        } else {
            phone.sendMo(sms.sender(), code.group(1));
            long succeeded = awaitSucceeded(payment.id(), start, received);
            stats.record(Step.CONFIRM, start, received, succeeded);
        }
    }

    /** Waits for the payment's success the way {@code --await} says; returns when it was seen. */
    private long awaitSucceeded(String paymentId, long start, long from) {
        if (options.await() == PaymentLoadOptions.Await.POLL) {
            return pollSucceeded(paymentId, start, from);
        }
        try {
            webhooks.succeeded(paymentId).get(STATUS_TIMEOUT, TimeUnit.NANOSECONDS);
            long now = System.nanoTime();
            stats.record(Step.STATUS, start, from, now);
            stats.succeeded(start, now);
            return now;
        } catch (TimeoutException e) {
            throw new Failed("no payment.succeeded webhook within 30 s; payment " + api.status(key, paymentId));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        } finally {
            webhooks.forget(paymentId);
        }
    }

    /** Reads the payment until it succeeded, backing off from 2 ms to 50 ms; returns when. */
    private long pollSucceeded(String paymentId, long start, long from) {
        long deadline = from + STATUS_TIMEOUT;
        long pause = TimeUnit.MILLISECONDS.toNanos(2);
        while (true) {
            String status = api.status(key, paymentId);
            long now = System.nanoTime();
            switch (status) {
                case "succeeded" -> {
                    stats.record(Step.STATUS, start, from, now);
                    stats.succeeded(start, now);
                    return now;
                }
                case "failed", "canceled", "expired" -> throw new Failed("payment ended " + status);
                default -> {
                    if (now > deadline) {
                        throw new Failed("payment still " + status + " after 30 s");
                    }
                }
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** Polls the phone's inbox (in this JVM) for the confirmation sent after {@code before}. */
    private static ReceivedMessage awaitCode(Phone phone, int before) {
        long deadline = System.nanoTime() + SMS_TIMEOUT;
        long pause = TimeUnit.MICROSECONDS.toNanos(500);
        while (System.nanoTime() < deadline) {
            List<ReceivedMessage> inbox = phone.inbox();
            for (int i = inbox.size() - 1; i >= before; i--) {
                if (REPLY_CODE.matcher(inbox.get(i).text()).find()) {
                    return inbox.get(i);
                }
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(5));
        }
        throw new Failed("no confirmation SMS within 30 s");
    }

    private static void requireNoNotice(String step, String location) {
        int notice = location.indexOf("notice=");
        if (notice >= 0) {
            throw new Failed(step + " answered notice " + location.substring(notice + "notice=".length()));
        }
        if (location.isEmpty()) {
            throw new Failed(step + " answered without Location");
        }
    }

    private static String kind(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // Ids and numbers would make every failure its own kind.
        String kind = message.replaceAll("pay_\\w+", "pay_…").replaceAll("\\d{3,}", "N");
        return kind.substring(0, Math.min(120, kind.length()));
    }

    /** A step that did not end as a successful payment needs. */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }
}
