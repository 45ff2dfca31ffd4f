package io.relaypay.simulator.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gsm0338Test {

    @Test
    void basicTableCharactersTakeOneSeptetAtTheirCode() {
        assertThat(Gsm0338.encode("@£$A_ä")).containsExactly(0x00, 0x01, 0x02, 0x41, 0x11, 0x7B);
    }

    @Test
    void extensionCharactersAreEscaped() {
        assertThat(Gsm0338.encode("€[]{}~^|\\"))
                .containsExactly(
                        0x1B, 0x65, 0x1B, 0x3C, 0x1B, 0x3E, 0x1B, 0x28, 0x1B, 0x29, 0x1B, 0x3D, 0x1B, 0x14, 0x1B, 0x40,
                        0x1B, 0x2F);
        assertThat(Gsm0338.decode(Gsm0338.encode("Preis 5€ {ok}"))).isEqualTo("Preis 5€ {ok}");
    }

    @Test
    void everySeptetOfTheBasicTableDecodesToADistinctCharacter() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int septet = 0; septet < 128; septet++) {
            if (septet != 0x1B) {
                seen.add(Gsm0338.decode(new byte[] {(byte) septet}));
            }
        }
        assertThat(seen).hasSize(127);
    }

    @Test
    void unknownExtensionCodeShowsTheBasicCharacter() {
        assertThat(Gsm0338.decode(new byte[] {0x1B, 0x41})).isEqualTo("A");
    }

    @Test
    void bytesAboveSevenBitsAndATrailingEscapeAreRefusedWithTheirOffset() {
        assertThatThrownBy(() -> Gsm0338.decode(new byte[] {0x41, (byte) 0x80}))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("offset 1");
        assertThatThrownBy(() -> Gsm0338.decode(new byte[] {0x41, 0x1B}))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("escape");
    }

    @Test
    void charactersOutsideTheAlphabetAreNotEncodable() {
        assertThat(Gsm0338.canEncode("Grüße")).isTrue();
        assertThat(Gsm0338.canEncode("Привет")).isFalse();
        assertThat(Gsm0338.canEncode("Hello @ 5€")).isTrue();
        assertThatThrownBy(() -> Gsm0338.encode("ç")).isInstanceOf(IllegalArgumentException.class);
    }
}
