package io.relaypay.interchange.webhooks;

import static io.relaypay.interchange.webhooks.WebhookFixtures.canceledPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A delivery this node queues goes out when its transaction commits, not at the next poll: with
 * the worker polling once an hour, only the doorbell can explain the webhook arriving.
 */
class WebhookDoorbellIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.webhooks.poll-interval", "1h")
            .with("relaypay.webhooks.timeout", "1s");

    @Test
    void aQueuedDeliveryIsPostedWithoutWaitingForThePoll() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Doorbell Shop", endpoint.url());

            Http.Response first = canceledPayment(shop, "order-doorbell-1");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> endpoint.received().size() == 1);
            Http.Response second = canceledPayment(shop, "order-doorbell-2");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> endpoint.received().size() == 2);

            assertThat(new String(endpoint.received().get(0).raw(), StandardCharsets.UTF_8))
                    .contains(first.text("id"));
            assertThat(new String(endpoint.received().get(1).raw(), StandardCharsets.UTF_8))
                    .contains(second.text("id"));
        }
    }
}
