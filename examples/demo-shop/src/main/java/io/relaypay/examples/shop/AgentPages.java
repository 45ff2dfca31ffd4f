package io.relaypay.examples.shop;

import static io.relaypay.examples.shop.Html.escape;

/**
 * The agent checkout page. The script ({@code /agent-pay.js}) finds the buyer's agent and pays
 * through it; the hosted checkout button is always there, and is what the page points to when the
 * agent cannot be reached (not installed, not enrolled, or a browser that blocks loopback).
 */
final class AgentPages {

    private AgentPages() {}

    static String checkout(Order order, AgentSettings agent) {
        String id = escape(order.id());
        String body = "<h1>Pay for order " + id + "</h1>"
                + "<div class=\"card\" id=\"agent-checkout\" data-order=\"" + id + "\" data-agent=\""
                + escape(agent.agentUrl().toString()) + "\" data-merchant=\"" + escape(agent.merchant())
                + "\" data-kid=\"" + escape(agent.kid()) + "\" data-state=\"looking\">"
                + "<dl><dt>Product</dt><dd>" + escape(order.productName()) + "</dd><dt>Amount</dt><dd>"
                + escape(Money.format(order.amount(), order.currency())) + "</dd></dl>"
                + "<p id=\"agent-status\" class=\"notice\">Looking for the Relaypay agent on this computer…</p>"
                + "<button id=\"agent-pay\" hidden>Pay with the Relaypay agent</button>"
                + "</div><div class=\"card\" id=\"fallback\"><p>No agent? Pay with your phone number instead.</p>"
                + "<form method=\"post\" action=\"/orders/" + id
                + "/pay\"><button>Pay at the Relaypay checkout</button>"
                + "</form></div><p><a href=\"/orders/" + id + "\">Back to the order</a></p>"
                + "<script src=\"/agent-pay.js\"></script>";
        return Html.page("Pay order " + order.id(), body);
    }
}
