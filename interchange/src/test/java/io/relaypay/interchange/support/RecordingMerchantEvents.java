package io.relaypay.interchange.support;

import io.relaypay.interchange.events.MerchantEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Merchant events kept in a list so a test can read what was published. Added to a running server
 * with {@code new RunningInterchange().with("spring.main.sources", RecordingMerchantEvents.Wiring.class.getName())};
 * it is not a component, so other tests never see it.
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

    /** Registers the recorder as the server's {@link MerchantEvents}, ahead of any other. */
    public static final class Wiring {
        /** The recorder. */
        @Bean
        @Primary
        public RecordingMerchantEvents recordingMerchantEvents() {
            return new RecordingMerchantEvents();
        }
    }
}
