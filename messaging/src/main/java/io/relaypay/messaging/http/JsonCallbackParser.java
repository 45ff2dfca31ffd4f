package io.relaypay.messaging.http;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InboundEvent.MobileOriginated;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON aggregator's callbacks, POSTed as {@code application/json}:
 *
 * <ul>
 *   <li>delivery report {@code {"id", "status", "error_code"?, "to"?, "time"?}}, where status is
 *       {@code delivered}, {@code failed}, {@code rejected}, {@code expired}, or the non-final
 *       {@code accepted}, {@code enroute}, {@code buffered};
 *   <li>MO message {@code {"id", "from", "to", "text", "time"?}}.
 * </ul>
 *
 * Unknown fields are ignored, so the aggregator can add fields without breaking us. A delivery
 * report's {@code clientReference} is our message id from the (signed) {@code callback_url} query,
 * which matches the report even when the submission's answer, and so the aggregator's id, was lost.
 */
public final class JsonCallbackParser implements CallbackParser {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern GATEWAY_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");
    private static final Pattern SHORT_ADDRESS = Pattern.compile("\\+?[0-9A-Za-z]{1,20}");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9._:\\-]{1,32}");

    private final String channel;
    private final Clock clock;

    /** A parser for callbacks of the channel named {@code channel}. */
    public JsonCallbackParser(String channel, Clock clock) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public InboundEvent parse(CallbackRequest request) {
        if (!request.method().equals("POST")) {
            throw new InvalidMessageException(
                    "JSON callbacks are POSTed, not sent with " + Quoted.of(request.method()));
        }
        if (request.contentType()
                .filter(type -> type.equals("application/json"))
                .isEmpty()) {
            throw new InvalidMessageException("JSON callbacks need Content-Type application/json");
        }
        return switch (request.kind()) {
            case DELIVERY_REPORT -> parseDeliveryReport(request.body(), reference(request.rawQuery()));
            case MOBILE_ORIGINATED -> parseMobileOriginated(request.body());
        };
    }

    /** Reads a delivery report body that came without our reference. */
    public DeliveryReport parseDeliveryReport(byte[] body) {
        return parseDeliveryReport(body, Optional.empty());
    }

    /** Reads a delivery report body about our message {@code reference}. */
    public DeliveryReport parseDeliveryReport(byte[] body, Optional<MessageId> reference) {
        JsonNode root = object(body);
        String id = matching(requiredString(root, "id"), GATEWAY_ID, "id");
        String status = requiredString(root, "status");
        DeliveryStatus deliveryStatus = switch (status) {
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "failed" -> DeliveryStatus.UNDELIVERABLE;
            case "rejected" -> DeliveryStatus.REJECTED;
            case "expired" -> DeliveryStatus.EXPIRED;
            case "accepted" -> DeliveryStatus.ACCEPTED;
            case "enroute", "buffered" -> DeliveryStatus.ENROUTE;
            default -> throw new InvalidMessageException("unknown delivery status " + Quoted.of(status));
        };
        Optional<String> errorCode =
                optionalScalar(root, "error_code").map(code -> matching(code, ERROR_CODE, "error_code"));
        // The recipient only informs; an odd form must not lose the report.
        Optional<PhoneNumber> recipient = optionalScalar(root, "to").flatMap(JsonCallbackParser::recipient);
        return new DeliveryReport(
                channel, id, deliveryStatus, errorCode, recipient, reference.map(MessageId::toString), clock.instant());
    }

    /** Reads an MO message body. */
    public MobileOriginated parseMobileOriginated(byte[] body) {
        JsonNode root = object(body);
        String id = matching(requiredString(root, "id"), GATEWAY_ID, "id");
        String fromText = requiredString(root, "from");
        if (!fromText.matches("\\+?[0-9]{7,15}")) {
            throw new InvalidMessageException("'from' is not an international phone number: " + Quoted.of(fromText));
        }
        PhoneNumber from = PhoneNumber.of(fromText);
        String to = matching(requiredString(root, "to"), SHORT_ADDRESS, "to");
        JsonNode text = root.get("text");
        if (text == null || !text.isString()) {
            throw new InvalidMessageException("'text' must be a string");
        }
        if (text.stringValue().length() > OutboundMessage.MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("text longer than " + OutboundMessage.MAX_TEXT_LENGTH + " characters");
        }
        return new MobileOriginated(channel, from, to, text.stringValue(), id, clock.instant());
    }

    private static Optional<MessageId> reference(String rawQuery) {
        return FormCodec.decode(rawQuery)
                .optional(CallbackSigner.REFERENCE_PARAMETER)
                .map(MessageId::parse);
    }

    private static Optional<PhoneNumber> recipient(String raw) {
        if (!raw.matches("\\+?[0-9]{7,15}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumber.of(raw));
        } catch (InvalidMessageException e) {
            return Optional.empty();
        }
    }

    private static JsonNode object(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidMessageException("body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidMessageException("body must be a JSON object");
        }
        return root;
    }

    private static String requiredString(JsonNode root, String field) {
        return optionalScalar(root, field)
                .filter(value -> !value.isEmpty())
                .orElseThrow(() -> new InvalidMessageException("'" + field + "' is required"));
    }

    // Ids and codes come as strings from some aggregators and as numbers from others.
    private static Optional<String> optionalScalar(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isString()) {
            return Optional.of(node.stringValue());
        }
        if (node.isIntegralNumber()) {
            return Optional.of(node.bigIntegerValue().toString());
        }
        throw new InvalidMessageException("'" + field + "' must be a string or a whole number");
    }

    private static String matching(String value, Pattern pattern, String field) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidMessageException("'" + field + "' has an unexpected form: " + Quoted.of(value));
        }
        return value;
    }
}
