package io.relaypay.examples.shop;

import static io.relaypay.examples.shop.Html.escape;

import java.util.List;
import java.util.Optional;

/**
 * The shop's pages: the catalogue, an order, and errors. Server-rendered, no JavaScript (the agent
 * checkout, {@link AgentPages}, is the one page with a script).
 */
final class Pages {

    private Pages() {}

    static String catalogue(Catalogue catalogue, boolean agent) {
        StringBuilder body = new StringBuilder("<h1>Shop</h1><p>Pay with just your phone number.</p>");
        body.append("<div class=\"grid\">");
        for (Product product : catalogue.products()) {
            body.append("<section class=\"card\"><div class=\"kind\">")
                    .append(product.kind() == Product.Kind.VIRTUAL ? "Delivered at once" : "Shipped to you")
                    .append("</div><h2>")
                    .append(escape(product.name()))
                    .append("</h2><p>")
                    .append(escape(product.blurb()))
                    .append("</p><div class=\"price\">")
                    .append(escape(Money.format(product.price(), product.currency())))
                    .append("</div><form method=\"post\" action=\"/orders\">")
                    .append("<input type=\"hidden\" name=\"product\" value=\"")
                    .append(escape(product.sku()))
                    .append("\"><button>Buy</button></form>");
            if (agent) {
                body.append("<form method=\"post\" action=\"/orders\" class=\"agent\">")
                        .append("<input type=\"hidden\" name=\"product\" value=\"")
                        .append(escape(product.sku()))
                        .append("\"><input type=\"hidden\" name=\"via\" value=\"agent\">")
                        .append("<button>Buy with the Relaypay agent</button></form>");
            }
            body.append("</section>");
        }
        body.append("</div>");
        return Html.page("Shop", body.toString());
    }

    static String order(Order order, List<OrderEvent> history, Optional<String> notice, Optional<String> returned) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Order ").append(escape(order.id())).append("</h1>");
        returned.filter("cancel"::equals)
                .ifPresent(r -> body.append("<p class=\"notice\">You left the checkout without paying.</p>"));
        notice.ifPresent(
                n -> body.append("<p class=\"notice\">").append(escape(n)).append("</p>"));
        body.append("<div class=\"card\"><dl><dt>Product</dt><dd>")
                .append(escape(order.productName()))
                .append("</dd><dt>Amount</dt><dd>")
                .append(escape(Money.format(order.amount(), order.currency())))
                .append("</dd><dt>Status</dt><dd><span class=\"status ")
                .append(escape(order.status().column()))
                .append("\">")
                .append(escape(order.status().label()))
                .append("</span></dd>");
        order.note()
                .ifPresent(
                        n -> body.append("<dt>Note</dt><dd>").append(escape(n)).append("</dd>"));
        order.shipTo()
                .ifPresent(a ->
                        body.append("<dt>Ships to</dt><dd>").append(escape(a)).append("</dd>"));
        order.paymentId()
                .ifPresent(p ->
                        body.append("<dt>Payment</dt><dd>").append(escape(p)).append("</dd>"));
        body.append("</dl>");
        if (order.status() == OrderStatus.AWAITING_PAYMENT) {
            body.append("<form method=\"post\" action=\"/orders/")
                    .append(escape(order.id()))
                    .append("/pay\"><button>Pay now</button></form>");
        }
        body.append("</div><h2>History</h2><ol class=\"history\">");
        for (OrderEvent line : history) {
            body.append("<li><time>")
                    .append(escape(line.at().toString()))
                    .append("</time> ")
                    .append(escape(line.text()))
                    .append("</li>");
        }
        body.append("</ol><p><a href=\"/\">Back to the shop</a></p>");
        return Html.page("Order " + order.id(), body.toString());
    }

    static String error(String title, String detail) {
        return Html.page(
                title,
                "<h1>" + escape(title) + "</h1><p>" + escape(detail) + "</p><p><a href=\"/\">Back to the shop</a></p>");
    }
}
