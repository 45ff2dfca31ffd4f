package io.relaypay.examples.shop;

import io.relaypay.sdk.Webhooks;
import io.relaypay.testkit.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A running shop on an ephemeral port, on its own in-memory H2, talking to a {@link StubInterchange},
 * driven over real HTTP by a client that does not follow redirects (so tests see the 303s).
 */
final class ShopFixture implements AutoCloseable {

    static final String SECRET = "whsec_demo_shop_test";

    final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    final StubInterchange relaypay = new StubInterchange(clock);
    final DemoShop shop;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ShopFixture() {
        this(Catalogue.demo());
    }

    ShopFixture(Catalogue catalogue) {
        ShopConfig config = new ShopConfig(
                "127.0.0.1",
                0,
                relaypay.baseUrl(),
                StubInterchange.KEY,
                Optional.of(SECRET),
                Optional.empty(),
                "jdbc:h2:mem:shop_"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ";DB_CLOSE_DELAY=-1");
        shop = DemoShop.start(config, catalogue, clock);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(shop.url().resolve(path)).GET());
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(shop.url().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> buy(String sku) {
        return postForm("/orders", "product=" + sku);
    }

    /** Buys {@code sku} and returns the new order's id (the reference the shop gave Relaypay). */
    String buyAndGetOrderId(String sku) {
        buy(sku);
        return relaypay.payment(lastPaymentId()).get("reference").stringValue();
    }

    String lastPaymentId() {
        return "pay_" + relaypay.paymentCount();
    }

    /** POSTs a webhook signed now with the shop's secret. */
    HttpResponse<String> deliver(String body) {
        return deliver(body, Webhooks.sign(body, SECRET, clock.instant()));
    }

    HttpResponse<String> deliver(String body, String signature) {
        return send(HttpRequest.newBuilder(shop.url().resolve("/webhooks/relaypay"))
                .header("Content-Type", "application/json")
                .header(Webhooks.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Order order(String id) {
        return shop.store().find(id).orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI checkoutUrl(String paymentId) {
        return URI.create(relaypay.payment(paymentId).get("checkout_url").stringValue());
    }

    @Override
    public void close() {
        http.close();
        shop.close();
        relaypay.close();
    }
}
