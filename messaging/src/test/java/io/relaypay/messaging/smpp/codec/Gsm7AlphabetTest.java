package io.relaypay.messaging.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gsm7AlphabetTest {

    @Test
    void basicCharactersTakeOneSeptetAtTheirTablePosition() {
        assertThat(Gsm7Alphabet.encode("@£$A€")).containsExactly(0x00, 0x01, 0x02, 0x41, 0x1B, 0x65);
        assertThat(Gsm7Alphabet.encode("ΔΩäà§¿¤")).containsExactly(0x10, 0x15, 0x7B, 0x7F, 0x5F, 0x60, 0x24);
    }

    @Test
    void extensionCharactersTakeTwoSeptets() {
        assertThat(Gsm7Alphabet.septetCount("{}[]~\\|^€\f")).isEqualTo(20);
        assertThat(Gsm7Alphabet.encode("[")).containsExactly(0x1B, 0x3C);
    }

    @Test
    void charactersOutsideTheAlphabetAreNotEncodable() {
        assertThat(Gsm7Alphabet.canEncode("Grüße aus Köln")).isTrue();
        assertThat(Gsm7Alphabet.canEncode("Gruesse")).isTrue();
        assertThat(Gsm7Alphabet.canEncode("Ça coûte 5 €")).isFalse(); // û is not in GSM
        assertThat(Gsm7Alphabet.canEncode("Привет")).isFalse();
        assertThat(Gsm7Alphabet.canEncode("`")).isFalse();
        assertThatThrownBy(() -> Gsm7Alphabet.encode("é`")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodingReadsEscapesAndToleratesUnknownOnesAsPhonesDo() {
        assertThat(Gsm7Alphabet.decode(new byte[] {0x1B, 0x65, 0x41}, 0, 3)).isEqualTo("€A");
        assertThat(Gsm7Alphabet.decode(new byte[] {0x1B, 0x41}, 0, 2)).isEqualTo("A");
        assertThat(Gsm7Alphabet.decode(new byte[] {0x41, 0x1B}, 0, 2)).isEqualTo("A ");
    }

    @Test
    void decodingRefusesBytesThatAreNotSeptets() {
        assertThatThrownBy(() -> Gsm7Alphabet.decode(new byte[] {0x41, (byte) 0x80}, 0, 2))
                .isInstanceOf(SmppFormatException.class)
                .hasMessageContaining("0x80");
    }
}
