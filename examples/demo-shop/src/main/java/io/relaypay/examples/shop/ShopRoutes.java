package io.relaypay.examples.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.relaypay.sdk.Payment;
import io.relaypay.sdk.ProblemException;
import io.relaypay.sdk.RelaypayException;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's pages and endpoints: {@code GET /} the catalogue, {@code POST /orders} buy, {@code GET
 * /orders/{id}} an order, {@code POST /orders/{id}/pay} pay again, {@code POST /webhooks/relaypay}
 * Relaypay's webhooks, {@code GET /health}.
 */
final class ShopRoutes implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(ShopRoutes.class);
    private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)(/pay)?");
    private static final Pattern ORDER_ID = Pattern.compile("ord_[a-z0-9]{1,36}");

    private final Catalogue catalogue;
    private final OrderStore store;
    private final ShopService shop;
    private final WebhookEndpoint webhooks;

    ShopRoutes(Catalogue catalogue, OrderStore store, ShopService shop, WebhookEndpoint webhooks) {
        this.catalogue = catalogue;
        this.store = store;
        this.shop = shop;
        this.webhooks = webhooks;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            try {
                Matcher order = ORDER.matcher(path);
                if (path.equals("/")) {
                    allow(exchange, "GET");
                    Exchanges.html(exchange, 200, Pages.catalogue(catalogue));
                } else if (path.equals("/health")) {
                    allow(exchange, "GET");
                    Exchanges.text(exchange, 200, "ok\n");
                } else if (path.equals("/orders")) {
                    allow(exchange, "POST");
                    placeOrder(exchange);
                } else if (path.equals("/webhooks/relaypay")) {
                    allow(exchange, "POST");
                    webhooks.handle(exchange);
                } else if (order.matches() && order.group(2) == null) {
                    allow(exchange, "GET");
                    showOrder(exchange, order.group(1));
                } else if (order.matches()) {
                    allow(exchange, "POST");
                    pay(exchange, existingOrder(order.group(1)));
                } else {
                    throw new Exchanges.Refusal(404, "There is no page at " + path + ".");
                }
            } catch (Exchanges.Refusal e) {
                Exchanges.html(exchange, e.status, Pages.error(title(e.status), e.getMessage()));
            } catch (RuntimeException e) {
                log.error("{} {} failed", method, path, e);
                Exchanges.html(exchange, 500, Pages.error("Something went wrong", "Please try again."));
            }
        }
    }

    private static void allow(HttpExchange exchange, String allowed) {
        if (!exchange.getRequestMethod().equals(allowed)) {
            exchange.getResponseHeaders().set("Allow", allowed);
            throw new Exchanges.Refusal(405, "Use " + allowed + " here.");
        }
    }

    private void placeOrder(HttpExchange exchange) throws IOException {
        String sku = Exchanges.form(exchange).getOrDefault("product", "");
        Product product = catalogue
                .find(sku)
                .orElseThrow(() -> new Exchanges.Refusal(400, "We do not sell a product called '" + sku + "'."));
        pay(exchange, shop.placeOrder(product));
    }

    /** Starts the order's payment and sends the buyer to Relaypay's checkout. */
    private void pay(HttpExchange exchange, Order order) throws IOException {
        if (order.status().isFinal()) {
            Exchanges.redirect(exchange, "/orders/" + order.id());
            return;
        }
        try {
            Payment payment = shop.startPayment(order);
            Optional<String> checkout = payment.checkoutUrl().map(Object::toString);
            if (checkout.isPresent()) {
                Exchanges.redirect(exchange, checkout.get());
                return;
            }
            Exchanges.redirect(exchange, "/orders/" + order.id());
        } catch (RelaypayException e) {
            log.warn("order={} payment could not be started: {}", order.id(), e.getMessage());
            String why = e instanceof ProblemException p && p.status() < 500
                    ? "Relaypay refused the payment: " + p.detail()
                    : "Relaypay could not be reached. Your order is saved: try paying again in a moment.";
            Order now = store.find(order.id()).orElse(order);
            Exchanges.html(
                    exchange, 502, Pages.order(now, store.history(now.id()), Optional.of(why), Optional.empty()));
        }
    }

    private void showOrder(HttpExchange exchange, String id) throws IOException {
        ShopService.Refreshed refreshed = shop.refresh(existingOrder(id));
        Order order = refreshed.order();
        Exchanges.html(
                exchange,
                200,
                Pages.order(
                        order, store.history(order.id()), refreshed.problem(), Exchanges.query(exchange, "return")));
    }

    private Order existingOrder(String id) {
        Optional<Order> order = ORDER_ID.matcher(id).matches() ? store.find(id) : Optional.empty();
        return order.orElseThrow(() -> new Exchanges.Refusal(404, "There is no order " + id + "."));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Too large";
            default -> "Error " + status;
        };
    }
}
