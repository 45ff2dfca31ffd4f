package io.relaypay.examples.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.relaypay.sdk.Payment;
import io.relaypay.sdk.ProblemException;
import io.relaypay.sdk.RelaypayException;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's pages and endpoints: {@code GET /} the catalogue, {@code POST /orders} buy, {@code GET
 * /orders/{id}} an order, {@code POST /orders/{id}/pay} pay again, {@code POST /webhooks/relaypay}
 * Relaypay's webhooks, {@code GET /health}; with an agent key also {@code GET /orders/{id}/agent}
 * (pay through the local agent), its script {@code GET /agent-pay.js}, and the page's {@code POST
 * /orders/{id}/agent/token} and {@code POST /orders/{id}/agent/receipt}.
 */
final class ShopRoutes implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(ShopRoutes.class);
    private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)(/pay|/agent|/agent/token|/agent/receipt)?");
    private static final String AGENT_SCRIPT = readScript();
    private static final Pattern ORDER_ID = Pattern.compile("ord_[a-z0-9]{1,36}");

    private final Catalogue catalogue;
    private final OrderStore store;
    private final ShopService shop;
    private final WebhookEndpoint webhooks;
    private final Optional<AgentCheckout> agent;

    ShopRoutes(
            Catalogue catalogue,
            OrderStore store,
            ShopService shop,
            WebhookEndpoint webhooks,
            Optional<AgentCheckout> agent) {
        this.catalogue = catalogue;
        this.store = store;
        this.shop = shop;
        this.webhooks = webhooks;
        this.agent = agent;
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
                    Exchanges.html(exchange, 200, Pages.catalogue(catalogue, agent.isPresent()));
                } else if (path.equals("/health")) {
                    allow(exchange, "GET");
                    Exchanges.text(exchange, 200, "ok\n");
                } else if (path.equals("/orders")) {
                    allow(exchange, "POST");
                    placeOrder(exchange);
                } else if (path.equals("/webhooks/relaypay")) {
                    allow(exchange, "POST");
                    webhooks.handle(exchange);
                } else if (path.equals("/agent-pay.js") && agent.isPresent()) {
                    allow(exchange, "GET");
                    Exchanges.script(exchange, AGENT_SCRIPT);
                } else if (order.matches() && order.group(2) == null) {
                    allow(exchange, "GET");
                    showOrder(exchange, order.group(1));
                } else if (order.matches() && order.group(2).equals("/pay")) {
                    allow(exchange, "POST");
                    pay(exchange, existingOrder(order.group(1)));
                } else if (order.matches() && agent.isPresent()) {
                    agentCheckout(exchange, order.group(2), existingOrder(order.group(1)), agent.get());
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
        java.util.Map<String, String> form = Exchanges.form(exchange);
        String sku = form.getOrDefault("product", "");
        Product product = catalogue
                .find(sku)
                .orElseThrow(() -> new Exchanges.Refusal(400, "We do not sell a product called '" + sku + "'."));
        Order order = shop.placeOrder(product);
        if (agent.isPresent() && "agent".equals(form.get("via"))) {
            Exchanges.redirect(exchange, "/orders/" + order.id() + "/agent");
            return;
        }
        pay(exchange, order);
    }

    /** The agent checkout page, and the two calls its script makes back to the shop. */
    private void agentCheckout(HttpExchange exchange, String what, Order order, AgentCheckout checkout)
            throws IOException {
        if (what.equals("/agent")) {
            allow(exchange, "GET");
            if (order.status().isFinal()) {
                Exchanges.redirect(exchange, "/orders/" + order.id());
                return;
            }
            URI agentUrl = checkout.settings().agentUrl();
            Exchanges.agentPage(
                    exchange,
                    AgentPages.checkout(order, checkout.settings()),
                    agentUrl.getScheme() + "://" + agentUrl.getRawAuthority());
            return;
        }
        allow(exchange, "POST");
        // Only the shop's own page may ask: a token is harmless without the buyer's PIN, but a receipt
        // must come from the page the shop served, not from a form on another site.
        if (!checkout.shopOrigin().equals(exchange.getRequestHeaders().getFirst("Origin"))) {
            throw new Exchanges.Refusal(403, "This comes only from the shop's own page.");
        }
        if (what.equals("/agent/token")) {
            if (order.status().isFinal()) {
                throw new Exchanges.Refusal(
                        409, "The order is " + order.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
            }
            Exchanges.json(exchange, 200, "{\"token\":\"" + checkout.tokenFor(order) + "\"}");
            return;
        }
        String receipt = Exchanges.form(exchange).getOrDefault("receipt", "");
        switch (checkout.settle(order, receipt)) {
            case AgentCheckout.Outcome.Paid paid -> Exchanges.json(exchange, 200, "{\"status\":\"paid\"}");
            case AgentCheckout.Outcome.Refused refused ->
                Exchanges.json(
                        exchange,
                        400,
                        "{\"status\":\"refused\",\"message\":\"" + refused.why().replace("\"", "'") + "\"}");
        }
    }

    /** Starts the order's payment and sends the buyer to Relaypay's checkout. */
    private void pay(HttpExchange exchange, Order order) throws IOException {
        if (order.status().isFinal()) {
            Exchanges.redirect(exchange, "/orders/" + order.id());
            return;
        }
        try {
            Product.Kind kind = catalogue.find(order.sku()).map(Product::kind).orElse(Product.Kind.VIRTUAL);
            Payment payment = shop.startPayment(order, kind);
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

    private static String readScript() {
        try (java.io.InputStream in = ShopRoutes.class.getResourceAsStream("/static/agent-pay.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the shop's agent-pay.js is missing from its jar", e);
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 403 -> "Forbidden";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            default -> "Error " + status;
        };
    }
}
