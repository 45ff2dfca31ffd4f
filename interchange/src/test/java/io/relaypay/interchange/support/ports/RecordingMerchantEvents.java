package io.relaypay.interchange.support.ports;

import io.relaypay.interchange.events.MerchantEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Merchant events kept in a list so a test can read what was published; the test server's
 * {@code MerchantEvents} while the webhook module is not part of the build.
 */
public final class RecordingMerchantEvents implements MerchantEvents {

    /**
     * One published event.
     *
     * @param id the event id
     * @param merchantId the merchant told
     * @param livemode the mode
     * @param type e.g. {@code refund.succeeded}
     * @param object the object published
     */
    public record Published(String id, String merchantId, boolean livemode, String type, Object object) {}

    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final AtomicLong counter = new AtomicLong();

    @Override
    public String publish(String merchantId, boolean livemode, String type, Object object) {
        String id = "evt_test_" + counter.incrementAndGet();
        published.add(new Published(id, merchantId, livemode, type, object));
        return id;
    }

    /** Everything published so far, oldest first. */
    public List<Published> published() {
        return List.copyOf(published);
    }
}
