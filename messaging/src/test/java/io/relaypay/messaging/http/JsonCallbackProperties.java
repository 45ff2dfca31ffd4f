package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InboundEvent.MobileOriginated;
import io.relaypay.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON callbacks: any body is either read or refused with a reason, and real ones read back exactly. */
class JsonCallbackProperties {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, DeliveryStatus> STATUSES = Map.of(
            "delivered", DeliveryStatus.DELIVERED,
            "failed", DeliveryStatus.UNDELIVERABLE,
            "rejected", DeliveryStatus.REJECTED,
            "expired", DeliveryStatus.EXPIRED,
            "accepted", DeliveryStatus.ACCEPTED,
            "enroute", DeliveryStatus.ENROUTE,
            "buffered", DeliveryStatus.ENROUTE);

    private final JsonCallbackParser parser = new JsonCallbackParser("agg", TestClock.standing());

    @Property(tries = 1_000)
    void anyBytesAreReadOrRefusedWithAReason(@ForAll("bodies") byte[] body) {
        KannelCallbackProperties.readOrRefuse(() -> parser.parseDeliveryReport(body));
        KannelCallbackProperties.readOrRefuse(() -> parser.parseMobileOriginated(body));
    }

    @Property(tries = 1_000)
    void anyJsonObjectIsReadOrRefusedWithAReason(@ForAll("objects") JsonNode object) {
        byte[] body = JSON.writeValueAsBytes(object);
        KannelCallbackProperties.readOrRefuse(() -> parser.parseDeliveryReport(body));
        KannelCallbackProperties.readOrRefuse(() -> parser.parseMobileOriginated(body));
    }

    @Property(tries = 500)
    void aDeliveryReportReadsBack(
            @ForAll("gatewayIds") String id,
            @ForAll("statuses") String status,
            @ForAll("errorCodes") Optional<String> errorCode) {
        ObjectNode body = NODES.objectNode().put("id", id).put("status", status).put("to", "+4915112345671");
        errorCode.ifPresent(code -> body.put("error_code", code));

        DeliveryReport report = parser.parseDeliveryReport(JSON.writeValueAsBytes(body));

        assertThat(report.controllerMessageId()).isEqualTo(id);
        assertThat(report.status()).isEqualTo(STATUSES.get(status));
        assertThat(report.errorCode()).isEqualTo(errorCode);
    }

    @Property(tries = 500)
    void anMoReadsBack(@ForAll("gatewayIds") String id, @ForAll("texts") String text) {
        ObjectNode body = NODES.objectNode()
                .put("id", id)
                .put("from", "+4917612345671")
                .put("to", "84444")
                .put("text", text);

        MobileOriginated mo = parser.parseMobileOriginated(JSON.writeValueAsBytes(body));

        assertThat(mo.controllerMessageId()).isEqualTo(id);
        assertThat(mo.text()).isEqualTo(text);
        assertThat(mo.from().e164()).isEqualTo("+4917612345671");
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.strings()
                        .withChars("{}[]\":,0123456789.eE-+ truefalsn\\u")
                        .ofMaxLength(60)
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers()
                        .between(1, 5_000)
                        .map(depth -> "[".repeat(depth).getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<JsonNode> objects() {
        Arbitrary<String> field = Arbitraries.of("id", "status", "error_code", "from", "to", "text", "time", "x");
        Arbitrary<JsonNode> value = Arbitraries.oneOf(
                Arbitraries.of("delivered", "failed", "lost", "", "+4915112345671", "84444", "msg 1", "a\u0000b")
                        .map(NODES::stringNode),
                Arbitraries.strings().ofMaxLength(80).map(NODES::stringNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode()));
        return Arbitraries.maps(field, value).ofMaxSize(7).map(fields -> {
            ObjectNode node = NODES.objectNode();
            fields.forEach(node::set);
            return node;
        });
    }

    @Provide
    Arbitrary<String> gatewayIds() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars('-', '.', ':', '_')
                .ofMinLength(1)
                .ofMaxLength(64);
    }

    @Provide
    Arbitrary<String> statuses() {
        return Arbitraries.of(STATUSES.keySet());
    }

    @Provide
    Arbitrary<Optional<String>> errorCodes() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(32)
                .optional();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().ofMaxLength(400).filter(KannelCallbackProperties::wellFormedUtf16);
    }
}
