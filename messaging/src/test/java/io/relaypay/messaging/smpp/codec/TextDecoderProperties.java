package io.relaypay.messaging.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Field decoding of outside input: any data_coding and any bytes decode or fail with the documented exception. */
class TextDecoderProperties {

    @Property(tries = 5000)
    void anyCodingAndBytesDecodeOrFailCleanly(@ForAll byte dataCoding, @ForAll @Size(max = 60) byte[] bytes) {
        try {
            assertThat(TextDecoder.decode(dataCoding, bytes, 0, bytes.length)).isNotNull();
        } catch (SmppFormatException expected) {
            assertThat(expected.commandStatus()).isEqualTo(SmppFormatException.PERMANENT_APP_ERROR);
        }
    }

    @Test
    void theCommonCodingsAreRead() {
        assertThat(TextDecoder.decode(0x00, new byte[] {0x48, 0x69, 0x1B, 0x65}, 0, 4))
                .isEqualTo("Hi€");
        assertThat(TextDecoder.decode(0x01, "Hi".getBytes(StandardCharsets.US_ASCII), 0, 2))
                .isEqualTo("Hi");
        assertThat(TextDecoder.decode(0x03, new byte[] {(byte) 0xE9}, 0, 1)).isEqualTo("é");
        byte[] ucs2 = "Ж😀".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decode(0x08, ucs2, 0, ucs2.length)).isEqualTo("Ж😀");
        assertThat(TextDecoder.decode(0xF1, new byte[] {0x41}, 0, 1)).isEqualTo("A");
        assertThat(TextDecoder.decode(0x18, ucs2, 0, 2)).isEqualTo("Ж");
    }

    @Test
    void binaryCodingsAreRefused() {
        assertThatThrownBy(() -> TextDecoder.decode(0x04, new byte[] {1}, 0, 1))
                .isInstanceOf(SmppFormatException.class)
                .hasMessageContaining("0x04");
    }
}
