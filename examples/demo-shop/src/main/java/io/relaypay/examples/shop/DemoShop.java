package io.relaypay.examples.shop;

import io.relaypay.sdk.RelaypayClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/** The running shop: its database, its Relaypay client and its HTTP server, closed together. */
public final class DemoShop implements AutoCloseable {

    private final OrderStore store;
    private final RelaypayClient relaypay;
    private final ShopHttpServer http;
    private final URI url;

    private DemoShop(OrderStore store, RelaypayClient relaypay, ShopHttpServer http, URI url) {
        this.store = store;
        this.relaypay = relaypay;
        this.http = http;
        this.url = url;
    }

    /**
     * Opens the database, binds the port and starts serving.
     *
     * @throws UncheckedIOException if the port cannot be bound
     * @throws IllegalStateException if the database cannot be opened
     */
    public static DemoShop start(ShopConfig config, Catalogue catalogue, Clock clock) {
        ShopHttpServer http;
        try {
            http = ShopHttpServer.bind(new InetSocketAddress(config.host(), config.port()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        OrderStore store;
        try {
            store = OrderStore.open(config.dbUrl());
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
        URI url = config.publicUrl().orElse(URI.create("http://" + hostForUrl(config.host()) + ":" + http.port()));
        RelaypayClient relaypay = RelaypayClient.builder()
                .baseUrl(config.relaypayUrl())
                .apiKey(config.apiKey())
                .clock(clock)
                .build();
        ShopService shop = new ShopService(store, relaypay.payments(), url, clock, DemoShop::newOrderId);
        java.util.Optional<AgentCheckout> agent =
                config.agent().map(a -> new AgentCheckout(a, config.relaypayUrl(), url, store, clock));
        http.serve(new ShopRoutes(
                catalogue, store, shop, new WebhookEndpoint(shop, config.webhookSecret(), clock), agent));
        return new DemoShop(store, relaypay, http, url);
    }

    private static String hostForUrl(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Where buyers reach the shop. */
    public URI url() {
        return url;
    }

    /** The port it listens on. */
    public int port() {
        return http.port();
    }

    /** The orders, for tests that look behind the shop's back. */
    OrderStore store() {
        return store;
    }

    @Override
    public void close() {
        http.close();
        relaypay.close();
        store.close();
    }

    static String newOrderId() {
        return "ord_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    }
}
