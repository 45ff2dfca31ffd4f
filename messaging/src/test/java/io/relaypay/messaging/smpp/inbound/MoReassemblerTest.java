package io.relaypay.messaging.smpp.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.smpp.codec.Concatenation;
import io.relaypay.messaging.smpp.codec.SmppFormatException;
import io.relaypay.messaging.smpp.inbound.InboundDecoder.MoPart;
import io.relaypay.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoReassemblerTest {

    private final TestClock clock = TestClock.standing();
    private final MoReassembler reassembler = new MoReassembler(Duration.ofMinutes(5), 3, clock);

    private static MoPart part(String from, int ref, int total, int seq, String text) {
        return new MoPart(
                from,
                "84444",
                0x03,
                text.getBytes(StandardCharsets.ISO_8859_1),
                Optional.of(new Concatenation(ref, total, seq)));
    }

    private static String text(Optional<MoPart> whole) {
        assertThat(whole).isPresent();
        assertThat(whole.get().concatenation()).isEmpty();
        return new String(whole.get().text(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void partsArrivingInAnyOrderAreJoinedInSequence() {
        assertThat(reassembler.add(part("491", 9, 3, 3, "C"))).isEmpty();
        assertThat(reassembler.add(part("491", 9, 3, 1, "A"))).isEmpty();
        assertThat(text(reassembler.add(part("491", 9, 3, 2, "B")))).isEqualTo("ABC");
        assertThat(reassembler.pendingCount()).isZero();
    }

    @Test
    void aRedeliveredPartCountsOnce() {
        reassembler.add(part("491", 9, 2, 1, "A"));
        assertThat(reassembler.add(part("491", 9, 2, 1, "A"))).isEmpty();
        assertThat(text(reassembler.add(part("491", 9, 2, 2, "B")))).isEqualTo("AB");
    }

    @Test
    void partsOfDifferentSendersWithTheSameReferenceStayApart() {
        reassembler.add(part("491", 9, 2, 1, "A"));
        reassembler.add(part("492", 9, 2, 1, "X"));
        assertThat(text(reassembler.add(part("492", 9, 2, 2, "Y")))).isEqualTo("XY");
        assertThat(text(reassembler.add(part("491", 9, 2, 2, "B")))).isEqualTo("AB");
    }

    @Test
    void aMessageWhosePartsDoNotAllArriveInTimeIsDropped() {
        reassembler.add(part("491", 9, 2, 1, "A"));
        clock.advance(Duration.ofMinutes(6));
        assertThat(reassembler.add(part("491", 9, 2, 2, "B"))).isEmpty();
        assertThat(reassembler.pendingCount()).isEqualTo(1);
    }

    @Test
    void beyondTheBoundTheOldestIncompleteMessageIsDropped() {
        for (int ref = 1; ref <= 4; ref++) {
            reassembler.add(part("491", ref, 2, 1, "A" + ref));
        }
        assertThat(reassembler.pendingCount()).isEqualTo(3);
        assertThat(reassembler.add(part("491", 1, 2, 2, "B"))).isEmpty();
        assertThat(text(reassembler.add(part("491", 4, 2, 2, "B")))).isEqualTo("A4B");
    }

    @Test
    void anUnsplitMessagePassesStraightThrough() {
        var single = new MoPart("491", "84444", 0x03, new byte[] {0x41}, Optional.empty());
        assertThat(text(reassembler.add(single))).isEqualTo("A");
    }

    @Test
    void partsInDifferentCodingsAreRefused() {
        reassembler.add(part("491", 9, 2, 1, "A"));
        var ucs2 = new MoPart("491", "84444", 0x08, new byte[] {0, 0x42}, Optional.of(new Concatenation(9, 2, 2)));
        assertThatThrownBy(() -> reassembler.add(ucs2)).isInstanceOf(SmppFormatException.class);
    }
}
