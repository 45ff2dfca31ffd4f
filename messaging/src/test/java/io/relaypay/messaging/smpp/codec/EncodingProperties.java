package io.relaypay.messaging.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.smpp.codec.ConcatenatedParts.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Encoding and splitting: round trips, part counts, part sizes, and cuts that keep characters whole. */
class EncodingProperties {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    @Provide
    Arbitrary<String> gsmTexts() {
        return Arbitraries.strings()
                .withChars((GSM_BASIC + GSM_EXTENSION + GSM_EXTENSION).toCharArray())
                .ofMinLength(1)
                .ofMaxLength(700);
    }

    @Provide
    Arbitrary<String> unicodeTexts() {
        Arbitrary<String> emoji =
                Arbitraries.integers().between(0x1F300, 0x1F6FF).map(cp -> new String(Character.toChars(cp)));
        Arbitrary<String> cyrillic =
                Arbitraries.strings().withCharRange('Ѐ', 'ӿ').ofLength(1);
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofLength(1);
        // Starts with a character GSM lacks, so every text here needs UCS-2.
        return Arbitraries.oneOf(emoji, cyrillic)
                .flatMap(first -> Arbitraries.oneOf(emoji, cyrillic, latin)
                        .list()
                        .ofMaxSize(300)
                        .map(rest -> first + String.join("", rest)));
    }

    @Property
    void gsmTextsAreSentInGsmAndDecodeToThemselves(@ForAll("gsmTexts") String text) {
        EncodedText encoded = EncodedText.of(text);
        assertThat(encoded.coding()).isEqualTo(TextCoding.GSM7);
        assertThat(encoded.units()).isEqualTo(Gsm7Alphabet.septetCount(text));
        assertThat(Gsm7Alphabet.decode(encoded.payload(), 0, encoded.payload().length))
                .isEqualTo(text);
    }

    @Property
    void textsWithAnyNonGsmCharacterAreSentInUcs2(
            @ForAll("gsmTexts") String gsm, @ForAll("unicodeTexts") String other) {
        String text = gsm + other;
        EncodedText encoded = EncodedText.of(text);
        assertThat(encoded.coding()).isEqualTo(TextCoding.UCS2);
        assertThat(new String(encoded.payload(), StandardCharsets.UTF_16BE)).isEqualTo(text);
    }

    @Property
    void partsJoinBackToTheWholeText(
            @ForAll("mixedTexts") String text, @ForAll @IntRange(min = 0, max = 255) int reference) {
        EncodedText encoded = EncodedText.of(text);
        List<Part> parts = ConcatenatedParts.split(encoded, reference);
        var joined = new ByteArrayOutputStream();
        for (Part part : parts) {
            int start = part.udhi() ? UserDataHeader.parse(part.shortMessage()).length() : 0;
            joined.write(part.shortMessage(), start, part.shortMessage().length - start);
        }
        assertThat(joined.toByteArray()).isEqualTo(encoded.payload());
    }

    @Property
    void aTextIsSplitOnlyWhenItDoesNotFitOneMessageAndIntoAsFewPartsAsTheLimitsAllow(
            @ForAll("mixedTexts") String text) {
        EncodedText encoded = EncodedText.of(text);
        List<Part> parts = ConcatenatedParts.split(encoded, 7);
        if (encoded.units() <= encoded.coding().singleLimit()) {
            assertThat(parts).hasSize(1);
            assertThat(parts.getFirst().udhi()).isFalse();
            return;
        }
        int limit = encoded.coding().partLimit();
        int atLeast = (encoded.units() + limit - 1) / limit;
        // A cut moved back to keep an escape or surrogate pair whole costs at most one unit a part.
        int atMost = (encoded.units() + limit - 2) / (limit - 1);
        assertThat(parts.size()).isBetween(atLeast, atMost);
        for (int i = 0; i < parts.size(); i++) {
            UserDataHeader udh = UserDataHeader.parse(parts.get(i).shortMessage());
            assertThat(udh.concatenation()).contains(new Concatenation(7, parts.size(), i + 1));
        }
    }

    @Property
    void noPartTakesMoreThan140OctetsOnTheAir(@ForAll("mixedTexts") String text) {
        for (Part part : ConcatenatedParts.split(EncodedText.of(text), 0)) {
            assertThat(part.airInterfaceOctets()).isLessThanOrEqualTo(140);
            assertThat(part.units()).isLessThanOrEqualTo(part.coding().singleLimit());
        }
    }

    @Property
    void everyPartDecodesOnItsOwnToWholeCharacters(@ForAll("mixedTexts") String text) {
        var decoded = new StringBuilder();
        for (Part part : ConcatenatedParts.split(EncodedText.of(text), 0)) {
            byte[] sm = part.shortMessage();
            int start = part.udhi() ? UserDataHeader.parse(sm).length() : 0;
            // Strict decoding: a lone surrogate or a trailing escape would fail or change the text.
            decoded.append(TextDecoder.decode(part.coding().dataCoding(), sm, start, sm.length - start));
        }
        assertThat(decoded.toString()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> mixedTexts() {
        return Arbitraries.oneOf(
                gsmTexts(),
                unicodeTexts(),
                gsmTexts().flatMap(g -> unicodeTexts().map(u -> g + u + g)));
    }
}
