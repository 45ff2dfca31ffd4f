package io.relaypay.simulator.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.simulator.codec.MalformedMessageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Fuzzing the SMTP gateway's parsers: odd input never crashes them. */
class SmtpParsingProperties {

    @Property
    void anyCommandLineParsesWithoutThrowing(@ForAll @Size(max = 600) String line) {
        SmtpCommand command = SmtpCommand.parse(line);
        assertThat(command.verb()).doesNotContain(" ");
        command.path("FROM").ifPresent(path -> assertThat(path).doesNotContain(">"));
        command.path("TO").ifPresent(path -> assertThat(path).doesNotContain(">"));
        assertThat(command.parameter("SIZE")).isNotNull();
    }

    @Property
    void anyPathParsesToAWellFormedAddressOrNothing(@ForAll @Size(max = 300) String path) {
        MailAddress.parse(path).ifPresent(a -> {
            assertThat(a.local()).isNotEmpty().doesNotContain("@");
            assertThat(a.domain()).isNotEmpty().isLowerCase();
        });
    }

    @Property
    void anyMessageBytesDecodeOrAreRefusedClearly(@ForAll @Size(max = 2000) byte[] message) {
        try {
            assertThat(MimeText.decode(message)).isNotNull();
        } catch (MalformedMessageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property
    void quotedPrintableOfEscapedBytesGivesTheBytesBack(@ForAll @Size(max = 300) byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            encoded.append(String.format("=%02X", b & 0xFF));
            if (encoded.length() % 60 == 0) {
                encoded.append("=\r\n");
            }
        }
        assertThat(MimeText.quotedPrintable(encoded.toString().getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(bytes);
    }

    @Property
    void lineReaderNeverReturnsMoreThanTheLimit(@ForAll @Size(max = 3000) byte[] stream) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(stream));
        int lines = 0;
        while (lines < 4000) {
            byte[] line;
            try {
                line = reader.readLine(100);
            } catch (LineReader.LineTooLongException e) {
                lines++;
                continue;
            }
            if (line == null) {
                break;
            }
            assertThat(line.length).isLessThanOrEqualTo(101);
            lines++;
        }
        assertThat(lines).isLessThanOrEqualTo(stream.length + 1);
    }
}
