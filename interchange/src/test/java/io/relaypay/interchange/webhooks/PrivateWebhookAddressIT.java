package io.relaypay.interchange.webhooks;

import static io.relaypay.interchange.webhooks.WebhookFixtures.awaitDelivery;
import static io.relaypay.interchange.webhooks.WebhookFixtures.canceledPayment;
import static io.relaypay.interchange.webhooks.WebhookFixtures.newestEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** With the production default, a webhook URL on this machine is never posted to. */
class PrivateWebhookAddressIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.webhooks.allow-private-addresses", false)
            .with("relaypay.webhooks.poll-interval", "50ms");

    @Test
    void aWebhookAimedAtLoopbackIsRecordedAsNotSentAndNothingArrives() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Inward Shop", endpoint.url());
            canceledPayment(shop, "order-inward");
            String eventId = newestEvent(server, shop.id()).get("id").asString();

            JsonNode event =
                    awaitDelivery(server, eventId, d -> d.get("attempts").size() == 1);

            JsonNode attempt = event.get("delivery").get("attempts").get(0);
            assertThat(attempt.get("error").asString())
                    .startsWith("not sent: the webhook host 127.0.0.1 resolves to a non-public address");
            assertThat(event.get("delivery").get("status").asString()).isEqualTo("pending");
            assertThat(endpoint.received()).isEmpty();
        }
    }
}
