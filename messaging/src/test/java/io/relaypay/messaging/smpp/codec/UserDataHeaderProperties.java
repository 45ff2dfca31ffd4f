package io.relaypay.messaging.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The user data header parser reads what it must and refuses the rest with its own exception. */
class UserDataHeaderProperties {

    @Property(tries = 5000)
    void randomBytesParseOrFailWithTheDocumentedException(@ForAll @Size(max = 40) byte[] bytes) {
        try {
            UserDataHeader udh = UserDataHeader.parse(bytes);
            assertThat(udh.length()).isBetween(1, bytes.length);
        } catch (SmppFormatException expected) {
            assertThat(expected).hasMessageNotContaining("Index");
        }
    }

    @Property
    void sixteenBitReferencesAreRead(
            @ForAll @IntRange(max = 0xFFFF) int reference,
            @ForAll @IntRange(min = 1, max = 255) int total,
            @ForAll @IntRange(min = 1, max = 255) int sequence) {
        byte[] sm = {0x06, 0x08, 0x04, (byte) (reference >> 8), (byte) reference, (byte) total, (byte) sequence, 0x41};
        if (sequence > total) {
            assertThatThrownBy(() -> UserDataHeader.parse(sm)).isInstanceOf(SmppFormatException.class);
            return;
        }
        UserDataHeader udh = UserDataHeader.parse(sm);
        assertThat(udh.length()).isEqualTo(7);
        assertThat(udh.concatenation()).contains(new Concatenation(reference, total, sequence));
    }

    @Test
    void otherElementsAreSkipped() {
        // Port addressing (IEI 0x05, 4 octets) before an 8-bit concatenation element.
        byte[] sm = {0x0B, 0x05, 0x04, 0x0B, (byte) 0x84, 0x23, (byte) 0xF0, 0x00, 0x03, 0x2A, 0x02, 0x01, 0x41};
        UserDataHeader udh = UserDataHeader.parse(sm);
        assertThat(udh.length()).isEqualTo(12);
        assertThat(udh.concatenation()).contains(new Concatenation(0x2A, 2, 1));
    }

    @Test
    void aHeaderLongerThanTheMessageIsRefused() {
        assertThatThrownBy(() -> UserDataHeader.parse(new byte[] {0x05, 0x00, 0x03}))
                .isInstanceOf(SmppFormatException.class)
                .hasMessageContaining("runs past");
    }
}
