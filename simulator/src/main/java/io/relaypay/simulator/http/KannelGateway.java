package io.relaypay.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.network.MtMessage;
import io.relaypay.simulator.network.MtOutcome;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.PremiumPrice;
import io.relaypay.simulator.network.VirtualPhone;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kannel-compatible aggregator gateway: {@code GET|POST /cgi-bin/sendsms} with the parameters and
 * answers of Kannel 1.4.5's smsbox ({@code gw/smsbox.c}): 202 {@code "0: Accepted for delivery"},
 * 403 {@code "Authorization failed for sendsms"}, 400 with Kannel's "..., rejected" texts for bad
 * fields, 403 {@code "Not routable. Do not try again."} for a number no carrier serves. Delivery
 * reports go to {@code dlr-url} per {@code dlr-mask}: 8 (SMSC ack) at once, 1 (delivered) or 2
 * (failed, e.g. premium-barred) after the gateway's report delay. {@code binfo} carries a premium
 * price as {@code "199 EUR"} (simulator convention). Simulator deviation: a missing {@code text}
 * is refused (400 "Missing text, rejected") where Kannel would send an empty message.
 */
final class KannelGateway {

    static final String VIA = "http";
    private static final Logger log = LoggerFactory.getLogger(KannelGateway.class);

    private final Network network;
    private final Callbacks callbacks;
    private final String username;
    private final String password;
    private final Duration dlrDelay;

    KannelGateway(Network network, Callbacks callbacks, String username, String password, Duration dlrDelay) {
        this.network = network;
        this.callbacks = callbacks;
        this.username = username;
        this.password = password;
        this.dlrDelay = dlrDelay;
    }

    void handle(HttpExchange exchange) throws IOException {
        SendSmsRequest request = request(exchange);
        Answer answer = send(request);
        Exchanges.send(
                exchange,
                answer.status(),
                "text/html; charset=utf-8",
                answer.text().getBytes(StandardCharsets.UTF_8));
    }

    private record Answer(int status, String text) {}

    private SendSmsRequest request(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET")) {
            return SendSmsRequest.of(
                    FormParameters.parse(exchange.getRequestURI().getRawQuery()));
        }
        if (!method.equals("POST")) {
            throw new ProblemException(Problem.methodNotAllowed(method));
        }
        byte[] body = Exchanges.body(exchange);
        String mediaType = Exchanges.mediaType(exchange);
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            return SendSmsRequest.of(FormParameters.parse(body));
        }
        return SendSmsRequest.of(exchange.getRequestHeaders(), body, charsetParameter(exchange));
    }

    private Answer send(SendSmsRequest request) {
        if (!request.text("username").orElse("").equals(username)
                || !request.text("password").orElse("").equals(password)) {
            return new Answer(403, "Authorization failed for sendsms");
        }
        Optional<String> to = request.text("to");
        if (to.isEmpty()) {
            return new Answer(400, "Missing receiver number, rejected");
        }
        if (to.get().isBlank()) {
            return new Answer(400, "Empty receiver number not allowed, rejected");
        }
        String from = request.text("from").orElse("");
        if (from.isBlank()) {
            return new Answer(400, "Sender missing and no global set, rejected");
        }
        if (request.bytes("text").isEmpty()) {
            return new Answer(400, "Missing text, rejected");
        }
        Optional<Integer> coding = number(request, "coding", 0, 2);
        if (coding.isEmpty()) {
            return new Answer(400, "Coding field misformed, rejected");
        }
        Optional<Integer> dlrMask = number(request, "dlr-mask", -1, 66);
        if (dlrMask.isEmpty()) {
            return new Answer(400, "DLR-Mask field misformed, rejected");
        }
        String dlrUrl = request.text("dlr-url").orElse("");
        if (!dlrUrl.isEmpty() && !isHttpUrl(dlrUrl)) {
            return new Answer(400, "DLR-URL field misformed, rejected");
        }
        String text;
        try {
            text = decodeText(request, coding.orElse(0));
        } catch (IllegalArgumentException e) {
            return new Answer(400, "Charset or body misformed, rejected");
        }
        Optional<PremiumPrice> price;
        try {
            price = request.text("binfo").filter(b -> !b.isBlank()).map(PremiumPrice::parse);
        } catch (IllegalArgumentException e) {
            return new Answer(400, "BInfo field misformed, rejected");
        }
        Optional<VirtualPhone> phone = network.phone(to.get().strip());
        if (phone.isEmpty()) {
            return new Answer(403, "Not routable. Do not try again.");
        }
        if (price.isPresent() && !network.billable(phone.get(), price.get())) {
            return new Answer(400, "BInfo price is not a price point of the carrier, rejected");
        }
        String id = UUID.randomUUID().toString();
        MtOutcome outcome = network.deliver(phone.get(), new MtMessage(from, text, price, VIA, id));
        log.debug("sendsms id={} to={} outcome={}", id, phone.get().msisdn(), outcome);
        reportDelivery(request, phone.get(), from, text, id, coding.orElse(0), dlrMask.orElse(0), dlrUrl, outcome);
        return new Answer(202, "0: Accepted for delivery");
    }

    private void reportDelivery(
            SendSmsRequest request,
            VirtualPhone phone,
            String from,
            String text,
            String id,
            int coding,
            int mask,
            String dlrUrl,
            MtOutcome outcome) {
        if (dlrUrl.isEmpty() || mask <= 0) {
            return;
        }
        String binfo = request.text("binfo").orElse("");
        Instant now = network.clock().instant();
        if ((mask & 8) != 0) {
            report(
                    dlrUrl,
                    new KannelEscapes.Values(phone.msisdn(), from, "ACK/", id, VIA, 8, binfo, coding, now),
                    Duration.ZERO);
        }
        int finalType = outcome == MtOutcome.DELIVERED ? 1 : 2;
        if ((mask & finalType) != 0) {
            String answer = "id:" + id + " sub:001 dlvrd:" + (finalType == 1 ? "001" : "000")
                    + " stat:" + outcome.receiptStatus() + " err:" + outcome.receiptError() + " text:"
                    + (text.length() > 20 ? text.substring(0, 20) : text);
            report(
                    dlrUrl,
                    new KannelEscapes.Values(
                            phone.msisdn(), from, answer, id, VIA, finalType, binfo, coding, now.plus(dlrDelay)),
                    dlrDelay);
        }
    }

    private void report(String template, KannelEscapes.Values values, Duration delay) {
        URI uri;
        try {
            uri = URI.create(KannelEscapes.fill(template, values));
        } catch (IllegalArgumentException e) {
            log.warn(
                    "dlr-url for id={} is not a valid URI after filling escape codes: {}", values.id(), e.getMessage());
            return;
        }
        callbacks.get(uri, delay, "kannel dlr type " + values.dlrType());
    }

    private static String decodeText(SendSmsRequest request, int coding) {
        byte[] bytes = request.bytes("text").orElseThrow();
        Optional<String> charsetName = request.text("charset").filter(c -> !c.isBlank());
        Charset charset = charsetName
                .map(Charset::forName)
                .orElse(
                        switch (coding) {
                            case 1 -> StandardCharsets.ISO_8859_1;
                            case 2 -> StandardCharsets.UTF_16BE;
                            default -> StandardCharsets.UTF_8;
                        });
        return new String(bytes, charset);
    }

    /** The value (0 when absent), or empty when it is not a number in {@code min..max}. */
    private static Optional<Integer> number(SendSmsRequest request, String name, int min, int max) {
        Optional<String> value = request.text(name).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return Optional.of(0);
        }
        try {
            int number = Integer.parseInt(value.get());
            return number >= min && number <= max ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttpUrl(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static Optional<String> charsetParameter(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return Optional.empty();
        }
        for (String part : type.split(";")) {
            String trimmed = part.strip();
            if (trimmed.toLowerCase(java.util.Locale.ROOT).startsWith("charset=")) {
                return Optional.of(trimmed.substring(8).replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
