package io.relaypay.simulator.http;

import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.billing.BillingControl;
import io.relaypay.simulator.network.MoMessage;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.VirtualPhone;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;

/**
 * The web page at {@code /}: every phone with its inbox, its bill (total, prepaid credit, the latest
 * lines), and a reply form. Server-rendered,
 * works without JavaScript; a small script reloads it every few seconds unless someone is typing.
 * Everything from outside (texts, senders) is HTML-escaped.
 */
final class InboxPage {

    private static final int SHOWN_MESSAGES = 50;
    private static final int SHOWN_BILL_LINES = 5;

    private final Network network;
    private final BillingControl billing;

    InboxPage(Network network, BillingControl billing) {
        this.network = network;
        this.billing = billing;
    }

    String render() {
        StringBuilder html = new StringBuilder(8192);
        html.append("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Relaypay carrier network simulator</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:1.5rem;background:#f4f5f7;color:#222}
                .phones{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:1rem}
                .phone{background:#fff;border-radius:1rem;padding:1rem;box-shadow:0 1px 3px #0002}
                .phone h2{font-size:1.1rem;margin:0 0 .25rem} .meta{color:#666;font-size:.85rem}
                ol{list-style:none;padding:0;max-height:20rem;overflow:auto} li{margin:.4rem 0;padding:.4rem;border-radius:.5rem;background:#eef}
                li.sent{background:#efe;text-align:right} .premium{color:#a40;font-weight:bold}
                table.bill{width:100%;font-size:.85rem;border-collapse:collapse} .bill td{padding:.1rem .2rem}
                .bill td.amount{text-align:right;white-space:nowrap}
                form{display:flex;gap:.3rem} input[name=to]{width:5rem} input[name=text]{flex:1}
                </style></head><body>
                <h1>Carrier network simulator</h1>
                """);
        html.append("<p class=\"meta\">Carriers: ");
        network.carriers()
                .revenue()
                .forEach(r -> html.append(escape(r.carrier()))
                        .append(" (billed ")
                        .append(money(r.billedMinor(), r.currency()))
                        .append(", keeps ")
                        .append(money(r.carrierShareMinor(), r.currency()))
                        .append(") "));
        html.append("</p><div class=\"phones\">");
        for (VirtualPhone phone : network.phones()) {
            phone(html, phone);
        }
        html.append("""
                </div>
                <script>
                setInterval(function () {
                  var a = document.activeElement;
                  if (!a || a.tagName !== 'INPUT' || !a.value) { location.reload(); }
                }, 3000);
                </script>
                </body></html>
                """);
        return html.toString();
    }

    private void phone(StringBuilder html, VirtualPhone phone) {
        String id = escape(phone.msisdn());
        html.append("<section class=\"phone\" id=\"")
                .append(id)
                .append("\"><h2>")
                .append(id)
                .append("</h2>");
        html.append("<div class=\"meta\">").append(escape(phone.carrier()));
        if (phone.premiumBarred()) {
            html.append(" · premium barred");
        }
        List<Charge> bill = phone.bill();
        String currency = network.carriers().require(phone.carrier()).currency();
        long total = bill.stream().mapToLong(Charge::amountMinor).sum();
        if (!bill.isEmpty()) {
            html.append(" · bill ").append(money(total, currency));
        }
        billing.availableCreditMinor(phone.msisdn())
                .ifPresent(credit -> html.append(" · prepaid credit ").append(money(credit, currency)));
        if (phone.billing().blocked()) {
            html.append(" · billing blocked");
        }
        html.append("</div>");
        billLines(html, bill);
        html.append("<ol>");
        List<ReceivedMessage> inbox = phone.inbox();
        List<MoMessage> sent = phone.sent();
        for (ReceivedMessage m : inbox.subList(Math.max(0, inbox.size() - SHOWN_MESSAGES), inbox.size())) {
            html.append("<li><div class=\"meta\">")
                    .append(escape(m.sender()))
                    .append(" · ")
                    .append(escape(m.receivedAt().toString()))
                    .append(" · via ")
                    .append(escape(m.via()))
                    .append("</div>");
            m.premiumPriceMinor()
                    .ifPresent(p -> html.append("<span class=\"premium\">")
                            .append(money(p, m.currency().orElse("")))
                            .append("</span> "));
            html.append(escape(m.text())).append("</li>");
        }
        for (MoMessage mo : sent.subList(Math.max(0, sent.size() - SHOWN_MESSAGES), sent.size())) {
            html.append("<li class=\"sent\"><div class=\"meta\">to ")
                    .append(escape(mo.to()))
                    .append(" · ")
                    .append(escape(mo.sentAt().toString()))
                    .append("</div>")
                    .append(escape(mo.text()))
                    .append("</li>");
        }
        html.append("</ol><form method=\"post\" action=\"/phones/")
                .append(escape(URLEncoder.encode(phone.msisdn(), StandardCharsets.UTF_8)))
                .append("/messages\">")
                .append("<input name=\"to\" value=\"")
                .append(escape(lastSender(inbox)))
                .append("\" placeholder=\"to\" aria-label=\"to\" required>")
                .append("<input name=\"text\" placeholder=\"reply\" aria-label=\"text\" required>")
                .append("<button>Send</button></form></section>");
    }

    private static void billLines(StringBuilder html, List<Charge> bill) {
        if (bill.isEmpty()) {
            return;
        }
        html.append("<table class=\"bill\" aria-label=\"bill\">");
        for (Charge line : bill.subList(Math.max(0, bill.size() - SHOWN_BILL_LINES), bill.size())) {
            html.append("<tr><td>")
                    .append(escape(line.kind().wireName().replace('_', ' ')))
                    .append("</td><td>")
                    .append(escape(line.service()))
                    .append(": ")
                    .append(escape(line.description()))
                    .append("</td><td class=\"amount\">")
                    .append(money(line.amountMinor(), line.currency()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private static String lastSender(List<ReceivedMessage> inbox) {
        return inbox.isEmpty() ? "84444" : inbox.getLast().sender();
    }

    private static String money(long minor, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        return escape(currency) + " " + BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
