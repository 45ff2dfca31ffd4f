package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InboundEvent.MobileOriginated;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonCallbackParserTest {
    private final JsonCallbackParser parser = new JsonCallbackParser("agg", TestClock.standing());

    @Test
    void deliveredReportIsRead() {
        DeliveryReport report = parser.parseDeliveryReport(
                json(
                        "{\"id\":\"agg-42\",\"status\":\"delivered\",\"to\":\"+4915112345671\",\"time\":\"2026-01-01T00:00:00Z\"}"));

        assertThat(report.controllerMessageId()).isEqualTo("agg-42");
        assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(report.errorCode()).isEmpty();
        assertThat(report.channel()).isEqualTo("agg");
    }

    @Test
    void failedReportKeepsTheErrorCodeWhetherStringOrNumber() {
        assertThat(parser.parseDeliveryReport(json("{\"id\":\"a\",\"status\":\"failed\",\"error_code\":\"E34\"}"))
                        .errorCode())
                .contains("E34");
        assertThat(parser.parseDeliveryReport(json("{\"id\":7,\"status\":\"failed\",\"error_code\":34}"))
                        .errorCode())
                .contains("34");
    }

    @Test
    void recipientIsReadWhenItIsANumberAndIgnoredOtherwise() {
        assertThat(parser.parseDeliveryReport(json("{\"id\":\"a\",\"status\":\"delivered\",\"to\":\"+4915112345671\"}"))
                        .recipient())
                .contains(PhoneNumber.of("+4915112345671"));
        assertThat(parser.parseDeliveryReport(json("{\"id\":\"a\",\"status\":\"delivered\",\"to\":\"+1234567\"}"))
                        .recipient())
                .isEmpty();
    }

    @Test
    void unknownStatusIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport(json("{\"id\":\"a\",\"status\":\"lost\"}")))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("unknown delivery status 'lost'");
    }

    @Test
    void reportWithoutIdIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport(json("{\"status\":\"delivered\"}")))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("'id' is required");
    }

    @Test
    void bodyThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport(json("{\"id\":")))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void bodyThatIsNotAnObjectIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport(json("[1,2]")))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("JSON object");
    }

    @Test
    void moIsRead() {
        MobileOriginated mo = parser.parseMobileOriginated(
                json("{\"id\":\"mo-1\",\"from\":\"+4915112345671\",\"to\":\"84444\",\"text\":\"YES 😀\"}"));

        assertThat(mo.from()).isEqualTo(PhoneNumber.of("+4915112345671"));
        assertThat(mo.to()).isEqualTo("84444");
        assertThat(mo.text()).isEqualTo("YES 😀");
        assertThat(mo.controllerMessageId()).isEqualTo("mo-1");
    }

    @Test
    void moWithNumericTextIsRejected() {
        assertThatThrownBy(() -> parser.parseMobileOriginated(
                        json("{\"id\":\"mo-1\",\"from\":\"+4915112345671\",\"to\":\"84444\",\"text\":5}")))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("'text' must be a string");
    }

    @Test
    void callbackMustBeAJsonPost() {
        assertThatThrownBy(() -> parser.parse(CallbackRequest.get(CallbackKind.DELIVERY_REPORT, "id=1")))
                .isInstanceOf(InvalidMessageException.class);
        assertThatThrownBy(() ->
                        parser.parse(CallbackRequest.post(CallbackKind.DELIVERY_REPORT, "text/plain", json("{}"))))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("application/json");
    }

    @Test
    void jsonPostWithCharsetIsAccepted() {
        var request = CallbackRequest.post(
                CallbackKind.DELIVERY_REPORT,
                "application/json; charset=UTF-8",
                json("{\"id\":\"a\",\"status\":\"delivered\"}"));

        assertThat(parser.parse(request)).isInstanceOf(DeliveryReport.class);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
