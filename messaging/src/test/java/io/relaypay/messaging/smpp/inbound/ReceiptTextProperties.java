package io.relaypay.messaging.smpp.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.smpp.codec.SmppFormatException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The receipt text parser: every SMSC dialect we generate parses, and garbage fails cleanly. */
class ReceiptTextProperties {

    private static final Map<String, DeliveryStatus> STATS = Map.of(
            "DELIVRD", DeliveryStatus.DELIVERED,
            "EXPIRED", DeliveryStatus.EXPIRED,
            "DELETED", DeliveryStatus.DELETED,
            "UNDELIV", DeliveryStatus.UNDELIVERABLE,
            "ACCEPTD", DeliveryStatus.ACCEPTED,
            "UNKNOWN", DeliveryStatus.UNKNOWN,
            "REJECTD", DeliveryStatus.REJECTED,
            "ENROUTE", DeliveryStatus.ENROUTE);

    @Test
    void theSpecificationExampleIsRead() {
        ReceiptText receipt = ReceiptText.parse(
                "id:0123456789 sub:001 dlvrd:001 submit date:2601011200 done date:2601011201 stat:DELIVRD err:000"
                        + " text:Your code is 1234");
        assertThat(receipt).isEqualTo(new ReceiptText("0123456789", DeliveryStatus.DELIVERED, Optional.of("000")));
    }

    @Test
    void theTextFieldCannotSpoofTheOtherFields() {
        ReceiptText receipt = ReceiptText.parse("id:77 stat:UNDELIV err:001 text:id:99 stat:DELIVRD");
        assertThat(receipt.id()).isEqualTo("77");
        assertThat(receipt.status()).isEqualTo(DeliveryStatus.UNDELIVERABLE);
    }

    @Test
    void aReceiptWithoutIdOrWithAnUnknownStatIsRefused() {
        assertThatThrownBy(() -> ReceiptText.parse("sub:001 stat:DELIVRD"))
                .isInstanceOf(SmppFormatException.class)
                .hasMessageContaining("no id");
        assertThatThrownBy(() -> ReceiptText.parse("id:1 stat:MAYBE"))
                .isInstanceOf(SmppFormatException.class)
                .hasMessageContaining("MAYBE");
    }

    @Property
    void receiptsInAnyCaseAndSpacingAreRead(
            @ForAll("ids") String id,
            @ForAll("stats") String stat,
            @ForAll @NumericChars @StringLength(min = 1, max = 3) String err,
            @ForAll boolean upperKeys,
            @ForAll("spaces") String space,
            @ForAll boolean withDates,
            @ForAll @AlphaChars @StringLength(max = 20) String text) {
        String key = upperKeys ? "ID" : "id";
        String body = key + ":" + space + id + " sub:001 dlvrd:001"
                + (withDates ? " submit date:2601011200 done date:2601011201" : "")
                + " " + (upperKeys ? "STAT" : "stat") + ":" + space + stat.toLowerCase(Locale.ROOT)
                + "  err:" + err + " text:" + text;
        ReceiptText receipt = ReceiptText.parse(body);
        assertThat(receipt.id()).isEqualTo(id);
        assertThat(receipt.status()).isEqualTo(STATS.get(stat));
        assertThat(receipt.error()).contains(err);
    }

    @Property(tries = 3000)
    void arbitraryTextParsesOrFailsWithTheDocumentedException(@ForAll("noise") String text) {
        try {
            ReceiptText receipt = ReceiptText.parse(text);
            assertThat(receipt.id()).isNotBlank();
        } catch (SmppFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings()
                .withCharRange('0', '9')
                .withCharRange('a', 'f')
                .withCharRange('A', 'F')
                .ofMinLength(1)
                .ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> stats() {
        return Arbitraries.of(STATS.keySet());
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", " ", "  ");
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> fragments =
                Arbitraries.of("id:", "stat:", "err:", "text:", " ", "DELIVRD", "x", "1", ":", "\u0000");
        return Arbitraries.oneOf(
                fragments.list().ofMaxSize(12).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(120));
    }
}
