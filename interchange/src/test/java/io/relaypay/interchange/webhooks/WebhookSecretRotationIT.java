package io.relaypay.interchange.webhooks;

import static io.relaypay.interchange.webhooks.WebhookFixtures.canceledPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rolling a merchant's webhook secret over the admin API: the new secret is shown once, events
 * carry a signature by the new and the replaced secret while the overlap lasts, and only the new
 * one after it (the clock is driven, never waited for).
 */
class WebhookSecretRotationIT {

    static final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.webhooks.poll-interval", "50ms")
            .with("relaypay.webhooks.timeout", "1s");

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void duringTheOverlapEventsVerifyWithTheNewAndTheReplacedSecret() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Rolling Shop", endpoint.url());

            Http.Response rolled = rotate(shop.id(), Map.of());

            assertThat(rolled.status()).isEqualTo(200);
            String secret = rolled.text("secret");
            assertThat(secret).startsWith("whsec_").isNotEqualTo(shop.webhookSecret());
            assertThat(rolled.text("object")).isEqualTo("webhook_secret");
            assertThat(rolled.json().get("previous_secret_expires").asLong())
                    .isEqualTo(clock.instant().plus(Duration.ofDays(1)).getEpochSecond());

            WebhookEndpoint.Received delivered = deliveredAfterCancel(shop, endpoint, "order-overlap");
            assertThat(signatures(delivered)).isEqualTo(2);
            assertThat(verifies(delivered, secret)).as("new secret").isTrue();
            assertThat(verifies(delivered, shop.webhookSecret()))
                    .as("replaced secret")
                    .isTrue();
        }
    }

    @Test
    void afterTheOverlapOnlyTheNewSecretSigns() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Rolled Shop", endpoint.url());
            String secret = rotate(shop.id(), Map.of("previous_secret_expires_in", 3600))
                    .text("secret");

            clock.advance(Duration.ofHours(1));

            WebhookEndpoint.Received delivered = deliveredAfterCancel(shop, endpoint, "order-after");
            assertThat(signatures(delivered)).isEqualTo(1);
            assertThat(verifies(delivered, secret)).isTrue();
            assertThat(verifies(delivered, shop.webhookSecret())).isFalse();
        }
    }

    @Test
    void aZeroOverlapRetiresTheLeakedSecretAtOnce() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Leaky Shop", endpoint.url());
            String first = rotate(shop.id(), Map.of()).text("secret");

            Http.Response rolled = rotate(shop.id(), Map.of("previous_secret_expires_in", 0));
            String second = rolled.text("secret");

            assertThat(rolled.json().get("previous_secret_expires").isNull()).isTrue();
            WebhookEndpoint.Received delivered = deliveredAfterCancel(shop, endpoint, "order-leak");
            assertThat(signatures(delivered)).isEqualTo(1);
            assertThat(verifies(delivered, second)).isTrue();
            assertThat(verifies(delivered, first)).isFalse();
            assertThat(verifies(delivered, shop.webhookSecret())).isFalse();
        }
    }

    @Test
    void anOverlapOutsideZeroToSevenDaysIsRefusedAndKeepsTheSecret() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Careful Shop", endpoint.url());

            Http.Response negative = rotate(shop.id(), Map.of("previous_secret_expires_in", -1));
            Http.Response tooLong = rotate(shop.id(), Map.of("previous_secret_expires_in", 8 * 86_400));
            Http.Response text = rotate(shop.id(), Map.of("previous_secret_expires_in", "3600"));
            Http.Response unknown = rotate(shop.id(), Map.of("expires", 60));

            for (Http.Response refused : new Http.Response[] {negative, tooLong, text, unknown}) {
                assertThat(refused.status()).isEqualTo(400);
                assertThat(refused.problem()).isEqualTo("invalid-request");
                assertThat(refused.raw()).doesNotContain("whsec_");
            }
            WebhookEndpoint.Received delivered = deliveredAfterCancel(shop, endpoint, "order-kept");
            assertThat(signatures(delivered)).isEqualTo(1);
            assertThat(verifies(delivered, shop.webhookSecret())).isTrue();
        }
    }

    @Test
    void onlyTheAdminRotatesAndOnlyKnownMerchants() {
        TestMerchant shop = server.newMerchant("Guarded Shop");

        Http.Response anonymous =
                server.anonymous().post("/admin/v1/merchants/" + shop.id() + "/webhook-secret", Map.of());
        Http.Response asMerchant = shop.api().post("/admin/v1/merchants/" + shop.id() + "/webhook-secret", Map.of());
        Http.Response missing = rotate("mer_nothere", Map.of());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(asMerchant.status()).isEqualTo(401);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problem()).isEqualTo("not-found");
    }

    private static Http.Response rotate(String merchantId, Map<String, Object> body) {
        return server.admin().post("/admin/v1/merchants/" + merchantId + "/webhook-secret", body);
    }

    private static WebhookEndpoint.Received deliveredAfterCancel(
            TestMerchant shop, WebhookEndpoint endpoint, String reference) {
        int before = endpoint.received().size();
        canceledPayment(shop, reference);
        await().atMost(Duration.ofSeconds(20)).until(() -> endpoint.received().size() > before);
        return endpoint.received().get(before);
    }

    private static long signatures(WebhookEndpoint.Received request) {
        String header = request.header("relaypay-signature");
        return java.util.Arrays.stream(header.split(","))
                .filter(part -> part.startsWith("v1="))
                .count();
    }

    private static boolean verifies(WebhookEndpoint.Received request, String secret) {
        Instant created = Instant.ofEpochSecond(
                JSON.readTree(request.raw()).get("created").asLong());
        return WebhookSigner.verify(
                request.header("relaypay-signature"), request.raw(), secret, created, WebhookSigner.DEFAULT_TOLERANCE);
    }
}
