package io.relaypay.interchange.webhooks;

import io.relaypay.interchange.events.MerchantEvents;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentEvents;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.payments.PaymentView;
import io.relaypay.interchange.payments.SettledFundings;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells merchants how their payments ended: each terminal status becomes a {@code payment.<status>}
 * event carrying the payment as the API shows it. Steps on the way (phone number given, confirming,
 * processing) are logged only; merchants learn of them by reading the payment.
 */
public final class PaymentWebhooks implements PaymentEvents {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);

    private final MerchantEvents events;
    private final URI publicUrl;
    private final SettledFundings settled;

    /** Events into {@code events}; checkout links in the payload start with {@code publicUrl}. */
    public PaymentWebhooks(MerchantEvents events, URI publicUrl) {
        this(events, publicUrl, SettledFundings.NONE);
    }

    /** As above, paid payments showing their funding method, fee and net from {@code settled}. */
    public PaymentWebhooks(MerchantEvents events, URI publicUrl, SettledFundings settled) {
        this.settled = Objects.requireNonNull(settled, "settled");
        this.events = Objects.requireNonNull(events, "events");
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
    }

    /** The event type announcing {@code status}, for the terminal statuses. */
    public static Optional<String> eventType(PaymentStatus status) {
        return switch (status) {
            case SUCCEEDED, FAILED, CANCELED, EXPIRED -> Optional.of("payment." + status.wire());
            case REQUIRES_PHONE_NUMBER, REQUIRES_CONFIRMATION, PROCESSING -> Optional.empty();
        };
    }

    @Override
    public void changed(Payment payment) {
        Optional<String> type = eventType(payment.status());
        if (type.isEmpty()) {
            log.info("payment={} status={}", payment.id(), payment.status().wire());
            return;
        }
        String eventId = events.publish(
                payment.merchantId(),
                payment.livemode(),
                type.get(),
                PaymentView.of(payment, publicUrl, settled.of(payment.id())));
        log.info("payment={} status={} event={}", payment.id(), payment.status().wire(), eventId);
    }
}
