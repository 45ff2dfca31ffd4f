package io.relaypay.messaging.http;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kannel {@code sendsms} protocol as pure functions: the parameters for a message, and what the
 * gateway's answer means. Kept apart from the HTTP plumbing so both are unit-tested without sockets.
 */
final class KannelSendsms {
    static final String PATH = "/cgi-bin/sendsms";
    // Kannel's "coding": 0 is the GSM 7-bit default alphabet, 2 is UCS-2.
    static final String CODING_GSM = "0";
    static final String CODING_UCS2 = "2";

    private static final Map<String, String> POST_HEADERS = Map.of(
            "username", "X-Kannel-Username",
            "password", "X-Kannel-Password",
            "from", "X-Kannel-From",
            "to", "X-Kannel-To",
            "coding", "X-Kannel-Coding",
            "validity", "X-Kannel-Validity",
            "dlr-mask", "X-Kannel-DLR-Mask",
            "dlr-url", "X-Kannel-DLR-Url",
            "binfo", "X-Kannel-BInfo");

    private KannelSendsms() {}

    /** The sendsms parameters for {@code message}, in a stable order; includes the password. */
    static Map<String, String> parameters(
            CallbackSigner signer, KannelHttpConfig config, OutboundMessage message, Instant now) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("username", config.username());
        parameters.put("password", config.password());
        parameters.put("from", message.sender().address());
        parameters.put("to", message.recipient().e164());
        parameters.put("text", message.text());
        parameters.put("charset", "UTF-8");
        parameters.put("coding", GsmAlphabet.canEncode(message.text()) ? CODING_GSM : CODING_UCS2);
        // Kannel's validity is in minutes; round up so a message is never cut short.
        long seconds = Duration.between(now, message.validUntil()).toSeconds();
        parameters.put("validity", Long.toString(Math.max(1, (seconds + 59) / 60)));
        config.callbackBaseUrl().ifPresent(base -> {
            parameters.put("dlr-mask", Integer.toString(config.dlrMask()));
            parameters.put("dlr-url", KannelCallbackParser.deliveryReportUrl(base, signer, message.id()));
        });
        // binfo is Kannel's billing field, passed to the SMSC; our gateways read "<minor units> <currency>".
        message.premiumPrice().ifPresent(price -> parameters.put("binfo", price.toString()));
        return parameters;
    }

    /**
     * The request carrying {@code parameters}: for GET all of them in the query; for POST in
     * Kannel's own POST form, the text as a {@code text/plain} body and the rest as {@code
     * X-Kannel-*} headers (smsbox reads no form-encoded bodies).
     */
    static HttpRequest.Builder request(URI sendsms, String method, Map<String, String> parameters) {
        if (method.equals("GET")) {
            return HttpRequest.newBuilder(URI.create(sendsms + "?" + FormCodec.encode(parameters)))
                    .GET();
        }
        var request = HttpRequest.newBuilder(sendsms)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(parameters.get("text"), StandardCharsets.UTF_8));
        parameters.forEach((name, value) -> {
            if (!name.equals("text") && !name.equals("charset")) {
                request.header(POST_HEADERS.get(name), value);
            }
        });
        return request;
    }

    /**
     * What Kannel's answer means. Kannel answers {@code 202 "0: Accepted for delivery"} or {@code
     * "3: Queued for later delivery"} without any message id, so the accepted id is ours: it is the
     * one the {@code dlr-url} carries back.
     */
    static SendResult interpret(OutboundMessage message, GatewayHttp.Answer answer) {
        int status = answer.status();
        if (answer.successful()) {
            return new SendResult.Accepted(List.of(message.id().toString()));
        }
        if (status == 429 || status == 408 || status / 100 == 5) {
            return new SendResult.Retryable("gateway answered " + status + " " + answer.summary(), answer.retryAfter());
        }
        return new SendResult.Rejected("gateway answered " + status + " " + answer.summary());
    }
}
