package io.relaypay.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Between the merchant API's JSON (snake_case, Unix seconds) and the SDK's records. */
final class JsonCodec {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonCodec() {}

    static JsonNode parse(byte[] body, String what) {
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new UnreadableJsonException(what + " is not valid JSON", e);
        }
    }

    static byte[] write(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    static ObjectNode paymentRequest(CreatePaymentParams params) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("amount", params.amount());
        body.put("currency", params.currency());
        body.put("reference", params.reference());
        params.description().ifPresent(d -> body.put("description", d));
        params.successUrl().ifPresent(u -> body.put("success_url", u.toString()));
        params.cancelUrl().ifPresent(u -> body.put("cancel_url", u.toString()));
        params.phoneNumber().ifPresent(p -> body.put("phone_number", p));
        if (params.collectShippingAddress()) {
            body.put("collect_shipping_address", true);
        }
        if (params.confirm()) {
            body.put("confirm", true);
        }
        return body;
    }

    static ObjectNode refundRequest(CreateRefundParams params) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("payment", params.payment());
        params.amount().ifPresent(a -> body.put("amount", a));
        return body;
    }

    static Payment payment(JsonNode node) {
        JsonFields f = JsonFields.of(node, "payment");
        return new Payment(
                f.text("id"),
                PaymentStatus.fromWire(f.text("status")),
                f.integer("amount"),
                f.text("currency"),
                f.integerOr("amount_refunded", 0),
                f.text("reference"),
                f.optionalText("description"),
                f.optionalText("phone_number"),
                f.optionalUri("checkout_url"),
                f.optionalUri("success_url"),
                f.optionalUri("cancel_url"),
                f.optionalText("failure_reason"),
                f.optionalText("failure_message"),
                f.bool("livemode", false),
                f.seconds("created"),
                f.optionalSeconds("expires_at"),
                f.optionalText("funding_method"),
                f.optionalInteger("fee"),
                f.optionalInteger("net"),
                f.bool("collect_shipping_address", false),
                f.optionalObject("shipping_address").map(JsonCodec::shippingAddress));
    }

    private static ShippingAddress shippingAddress(JsonFields f) {
        return new ShippingAddress(
                f.text("name"),
                f.text("line1"),
                f.optionalText("line2"),
                f.text("city"),
                f.optionalText("region"),
                f.optionalText("postal_code"),
                f.text("country"));
    }

    static Refund refund(JsonNode node) {
        JsonFields f = JsonFields.of(node, "refund");
        return new Refund(
                f.text("id"),
                f.text("payment"),
                f.integer("amount"),
                f.text("currency"),
                RefundStatus.fromWire(f.text("status")),
                f.seconds("created"));
    }

    static Balance balance(JsonNode node) {
        JsonFields f = JsonFields.of(node, "balance");
        return new Balance(f.bool("livemode", false), money(f.array("available")), money(f.array("pending")));
    }

    private static List<Money> money(JsonNode array) {
        List<Money> amounts = new ArrayList<>();
        for (JsonNode item : array.values()) {
            JsonFields f = JsonFields.of(item, "balance amount");
            try {
                amounts.add(new Money(f.integer("amount"), f.text("currency")));
            } catch (IllegalArgumentException e) {
                throw new UnreadableJsonException("balance amount: " + e.getMessage(), e);
            }
        }
        return amounts;
    }

    static <T> Page<T> page(JsonNode node, Function<JsonNode, T> item) {
        JsonFields f = JsonFields.of(node, "list");
        List<T> data = new ArrayList<>();
        for (JsonNode element : f.array("data").values()) {
            data.add(item.apply(element));
        }
        return new Page<>(data, f.bool("has_more", false));
    }

    static Event event(JsonNode node) {
        JsonFields f = JsonFields.of(node, "event");
        JsonFields object = f.object("data").object("object");
        String kind = object.optionalText("object").orElse("");
        EventObject data = switch (kind) {
            case "payment" -> payment(object.node());
            case "refund" -> refund(object.node());
            default ->
                new UnknownObject(
                        object.optionalText("id").orElse(""),
                        kind,
                        object.node().toString());
        };
        return new Event(
                f.text("id"),
                EventType.fromWire(f.text("type")),
                f.text("type"),
                f.seconds("created"),
                f.bool("livemode", false),
                data);
    }
}
