package io.relaypay.simulator.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Fuzz and round-trip properties of the codecs that read outside input. */
class CodecProperties {

    private static final String GSM_CHARS = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà€[]{}~^|\\\f";

    @Provide
    Arbitrary<String> gsmText() {
        return Arbitraries.strings().withChars(GSM_CHARS.toCharArray()).ofMaxLength(500);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                gsmText(),
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMaxLength(300));
    }

    @Property
    void gsmTextSurvivesEncodeAndDecode(@ForAll("gsmText") String text) {
        assertThat(Gsm0338.canEncode(text)).isTrue();
        assertThat(Gsm0338.decode(Gsm0338.encode(text))).isEqualTo(text);
    }

    @Property
    void randomSeptetBytesDecodeOrFailWithAClearError(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            String text = Gsm0338.decode(bytes);
            assertThat(text.length()).isLessThanOrEqualTo(bytes.length);
        } catch (MalformedMessageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property
    void randomUserDataEitherParsesWithinBoundsOrFailsClearly(@ForAll @Size(max = 200) byte[] bytes) {
        try {
            UserDataHeader header = UserDataHeader.parse(bytes);
            assertThat(header.body().length).isLessThan(bytes.length);
            header.concatenation().ifPresent(c -> assertThat(c.sequence()).isBetween(1, c.total()));
        } catch (MalformedMessageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property
    void anyDataCodingAndBytesDecodeOrFailClearly(@ForAll byte dataCoding, @ForAll @Size(max = 200) byte[] bytes) {
        try {
            assertThat(ShortMessageText.decode(dataCoding, bytes)).isNotNull();
        } catch (MalformedMessageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property
    void encodedPartsFitOneSmsAndReassembleToTheText(
            @ForAll("anyText") String text, @ForAll @IntRange(max = 255) int reference) {
        EncodedMessage encoded = EncodedMessage.of(text, reference);
        StringBuilder joined = new StringBuilder();
        for (byte[] part : encoded.parts()) {
            assertThat(part.length).as("octets of one SMS").isLessThanOrEqualTo(encoded.dataCoding() == 0 ? 160 : 140);
            byte[] body = part;
            if (encoded.concatenated()) {
                UserDataHeader header = UserDataHeader.parse(part);
                assertThat(header.concatenation())
                        .hasValueSatisfying(c -> assertThat(c.reference()).isEqualTo(reference));
                body = header.body();
            }
            joined.append(ShortMessageText.decode(encoded.dataCoding(), body));
        }
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(encoded.concatenated()).isEqualTo(encoded.parts().size() > 1);
    }

    @Property
    void partsInAnyOrderReassembleOnceInSequence(
            @ForAll @Size(min = 1, max = 12) List<@Size(max = 5) String> chunks, @ForAll long seed) {
        Reassembler<String, String> reassembler =
                new Reassembler<>(java.time.Clock.systemUTC(), java.time.Duration.ofHours(1));
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= chunks.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<Optional<List<String>>> results = new ArrayList<>();
        for (int sequence : order) {
            results.add(reassembler.offer(
                    "conversation", new Concatenation(7, chunks.size(), sequence), chunks.get(sequence - 1)));
        }
        assertThat(results.subList(0, results.size() - 1)).allMatch(Optional::isEmpty);
        assertThat(results.getLast()).contains(chunks);
        assertThat(reassembler.incomplete()).isZero();
    }

    @Property
    void ucs2OddLengthIsRefused(@ForAll @Size(min = 1, max = 99) byte[] bytes) {
        byte[] odd = bytes.length % 2 == 1 ? bytes : java.util.Arrays.copyOf(bytes, bytes.length - 1);
        if (odd.length % 2 == 1) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShortMessageText.decode(0x08, odd))
                    .isInstanceOf(MalformedMessageException.class);
        }
        assertThat(new String(new byte[0], StandardCharsets.UTF_16BE)).isEmpty();
    }
}
