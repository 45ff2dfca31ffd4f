package io.relaypay.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KannelEscapesTest {

    private static final KannelEscapes.Values VALUES = new KannelEscapes.Values(
            "+4915112345671",
            "84444",
            "YES  please (now)!",
            "0f1e-22",
            "smsc-a",
            1,
            "199 EUR",
            0,
            Instant.parse("2026-03-04T05:06:07Z"));

    @Test
    void fillsEveryEscapeCodeLikeKannel() {
        assertThat(KannelEscapes.fill("/x?p=%p&P=%P&a=%a&A=%A&k=%k&I=%I&i=%i&d=%d&B=%B&c=%c&t=%t&T=%T&pct=%%", VALUES))
                .isEqualTo("/x?p=%2B4915112345671&P=84444&a=YES+please+(now)!&A=YES++please+(now)!&k=YES"
                        + "&I=0f1e-22&i=smsc-a&d=1&B=199+EUR&c=0&t=2026-03-04+05:06:07&T=1772600767&pct=%");
    }

    @Test
    void unknownCodesAndATrailingPercentAreCopied() {
        assertThat(KannelEscapes.fill("%z-%", VALUES)).isEqualTo("%z-%");
    }

    @Test
    void encodingKeepsKannelsSafeSetAndEncodesUtf8() {
        assertThat(KannelEscapes.encode("a-_.!~*'() ü/&")).isEqualTo("a-_.!~*'()+%C3%BC%2F%26");
    }
}
