package io.relaypay.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.simulator.network.PremiumPrice;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Fuzzing the HTTP gateways' parsers: odd input never crashes them, and encodings round-trip. */
class HttpParsingProperties {

    @Property
    void anyQueryStringParsesWithoutThrowing(@ForAll @Size(max = 500) byte[] raw) {
        FormParameters form = FormParameters.parse(raw);
        assertThat(form.text("to")).isNotNull();
        SendSmsRequest.of(form).text("text");
    }

    @Property
    void formEncodedValuesComeBackByteForByte(@ForAll @Size(max = 200) byte[] value) {
        StringBuilder encoded = new StringBuilder("text=");
        for (byte b : value) {
            encoded.append(String.format("%%%02x", b & 0xFF));
        }
        assertThat(FormParameters.parse(encoded + "&to=1").bytes("text"))
                .hasValueSatisfying(v -> assertThat(v).isEqualTo(value));
    }

    @Property
    void kannelEncodingDecodesBackToTheValue(@ForAll @Size(max = 200) String value) {
        String wellFormed = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(URLDecoder.decode(KannelEscapes.encode(wellFormed), StandardCharsets.UTF_8))
                .isEqualTo(wellFormed);
    }

    @Property
    void anyTemplateFillsWithoutThrowing(@ForAll @Size(max = 200) String template, @ForAll String text) {
        String filled = KannelEscapes.fill(
                template, new KannelEscapes.Values("+491", "84444", text, "id", "smsc", 2, "", 0, Instant.EPOCH));
        assertThat(filled).isNotNull();
    }

    @Property
    void anyPriceTextParsesToAPositivePriceOrIsRefusedClearly(@ForAll @Size(max = 60) String wire) {
        try {
            PremiumPrice price = PremiumPrice.parse(wire);
            assertThat(price.amountMinor()).isPositive();
            assertThat(price.currency()).hasSize(3);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
