package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InboundEvent.MobileOriginated;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.testkit.TestClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KannelCallbackParserTest {
    private static final MessageId ID = MessageId.parse("msg_0190a5c4-8f2e-7c3a-9b1d-2e4f6a8b0c1d");
    private final TestClock clock = TestClock.standing();
    private final KannelCallbackParser parser = new KannelCallbackParser("kannel-a", clock);
    private static final String SECRET = "callback-secret-0123456789";

    @ParameterizedTest
    @CsvSource({"1, DELIVERED", "2, UNDELIVERABLE", "16, REJECTED", "8, ACCEPTED", "4, ENROUTE"})
    void deliveryReportTypesMapToStatuses(String type, DeliveryStatus status) {
        DeliveryReport report = parser.parseDeliveryReport("id=" + ID + "&type=" + type);

        assertThat(report.status()).isEqualTo(status);
        assertThat(report.controllerMessageId()).isEqualTo(ID.toString());
        assertThat(report.channel()).isEqualTo("kannel-a");
        assertThat(report.receivedAt()).isEqualTo(clock.instant());
    }

    @Test
    void failedReportCarriesTheSmscErrorCodeFromTheReceiptText() {
        String reply = FormCodec.encode("id:123 sub:001 dlvrd:000 submit date:2601010000 stat:UNDELIV err:034 text:");

        DeliveryReport report = parser.parseDeliveryReport("id=" + ID + "&type=2&reply=" + reply);

        assertThat(report.errorCode()).contains("034");
    }

    @Test
    void rejectedReportCarriesKannelsNackCode() {
        DeliveryReport report =
                parser.parseDeliveryReport("id=" + ID + "&type=16&reply=NACK%2F0x00000045%2FSubmit+failed");

        assertThat(report.errorCode()).contains("0x00000045");
    }

    @Test
    void deliveredReportHasNoErrorCode() {
        DeliveryReport report = parser.parseDeliveryReport("id=" + ID + "&type=1&reply=stat%3ADELIVRD+err%3A000");

        assertThat(report.errorCode()).isEmpty();
    }

    @Test
    void reportNamesTheRecipientAndOurIdAsClientReference() {
        DeliveryReport report = parser.parseDeliveryReport("id=" + ID + "&type=1&to=%2B4915112345671");

        assertThat(report.recipient()).contains(PhoneNumber.of("+4915112345671"));
        assertThat(report.clientReference()).contains(ID.toString());
    }

    @Test
    void recipientInAnOddFormDoesNotLoseTheReport() {
        DeliveryReport report = parser.parseDeliveryReport("id=" + ID + "&type=1&to=0151+1234");

        assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(report.recipient()).isEmpty();
    }

    @Test
    void reportWithoutOurIdIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport("type=1"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("'id' is required");
    }

    @Test
    void reportWithAForeignIdIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport("id=12345&type=1"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("not a message id");
    }

    @Test
    void unknownReportTypeIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport("id=" + ID + "&type=3"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("unknown Kannel delivery report type '3'");
    }

    @Test
    void brokenEscapeIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport("id=" + ID + "&type=1&reply=%G1"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("bad % escape");
    }

    @Test
    void repeatedParameterIsRejected() {
        assertThatThrownBy(() -> parser.parseDeliveryReport("id=" + ID + "&type=1&type=2"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("more than once");
    }

    @Test
    void moKeepsTextSenderReceiverAndId() {
        MobileOriginated mo = parser.parseMobileOriginated(
                "from=%2B4915112345671&to=84444&text=YES+123+%E2%82%AC&id=4a1b-77&time=2026-01-01+00%3A00%3A00");

        assertThat(mo.from()).isEqualTo(PhoneNumber.of("+4915112345671"));
        assertThat(mo.to()).isEqualTo("84444");
        assertThat(mo.text()).isEqualTo("YES 123 €");
        assertThat(mo.controllerMessageId()).isEqualTo("4a1b-77");
    }

    @Test
    void moSenderMayComeWithoutPlusOrWithInternationalPrefix() {
        assertThat(parser.parseMobileOriginated("from=4915112345671&to=84444&text=a&id=1")
                        .from())
                .isEqualTo(PhoneNumber.of("+4915112345671"));
        assertThat(parser.parseMobileOriginated("from=004915112345671&to=84444&text=a&id=1")
                        .from())
                .isEqualTo(PhoneNumber.of("+4915112345671"));
    }

    @Test
    void moTextInUcs2IsDecodedWhenTheCharsetSaysSo() {
        String text = "Привет";
        String encoded = percentEncode(text.getBytes(StandardCharsets.UTF_16BE));

        MobileOriginated mo =
                parser.parseMobileOriginated("from=4915112345671&to=84444&id=1&charset=UTF-16BE&text=" + encoded);

        assertThat(mo.text()).isEqualTo(text);
    }

    @Test
    void moTextThatIsNotUtf8IsRejectedRatherThanMangled() {
        assertThatThrownBy(() -> parser.parseMobileOriginated("from=4915112345671&to=84444&id=1&text=%C3%28"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("text is not valid UTF-8");
    }

    @Test
    void moFromANationalNumberIsRejected() {
        assertThatThrownBy(() -> parser.parseMobileOriginated("from=015112345671&to=84444&text=a&id=1"))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void formPostBodyIsReadLikeAQueryButTheIdComesFromTheSignedUrl() {
        MessageId other = MessageId.newId();
        var request = new CallbackRequest(
                CallbackKind.DELIVERY_REPORT,
                "POST",
                "id=" + ID + "&sig=0",
                java.util.Optional.of("application/x-www-form-urlencoded; charset=utf-8"),
                ("id=" + other + "&type=1").getBytes(StandardCharsets.US_ASCII));

        assertThat(parser.parse(request)).isInstanceOfSatisfying(DeliveryReport.class, report -> {
            assertThat(report.controllerMessageId()).isEqualTo(ID.toString());
            assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        });
    }

    @Test
    void deliveryReportUrlCarriesOurIdAndKannelEscapes() {
        var signer = new CallbackSigner("kannel a", SECRET);
        String url = KannelCallbackParser.deliveryReportUrl(URI.create("http://relaypay.test:8080/"), signer, ID);

        assertThat(url)
                .isEqualTo("http://relaypay.test:8080/callbacks/kannel%20a/dlr?id=" + ID + "&sig="
                        + signer.deliveryReportToken(ID.toString()) + "&type=%d&reply=%A&smsc=%i&to=%p&time=%t");
    }

    @Test
    void deliveryReportUrlExpandedByKannelParsesBack() {
        String template =
                KannelCallbackParser.deliveryReportUrl(URI.create("http://x"), new CallbackSigner("k", SECRET), ID);
        String expanded = KannelEscapes.expand(
                template,
                Map.of(
                        'd',
                        "2",
                        'A',
                        "stat:UNDELIV err:001",
                        'i',
                        "smsc-1",
                        'p',
                        "+4915112345671",
                        't',
                        "2026-01-01 00:00:00"));

        DeliveryReport report = parser.parseDeliveryReport(URI.create(expanded).getRawQuery());

        assertThat(report.status()).isEqualTo(DeliveryStatus.UNDELIVERABLE);
        assertThat(report.errorCode()).contains("001");
    }

    private static String percentEncode(byte[] bytes) {
        var out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }
}
