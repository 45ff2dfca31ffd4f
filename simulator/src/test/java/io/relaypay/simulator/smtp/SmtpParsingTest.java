package io.relaypay.simulator.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.simulator.codec.MalformedMessageException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmtpParsingTest {

    @Test
    void mailFromPathAndParametersAreExtracted() {
        SmtpCommand command = SmtpCommand.parse("mail FROM:<a@b.test> SIZE=1200 BODY=8BITMIME");

        assertThat(command.verb()).isEqualTo("MAIL");
        assertThat(command.path("FROM")).contains("a@b.test");
        assertThat(command.parameter("size")).contains("1200");
    }

    @Test
    void spaceAfterTheColonAndTheNullPathAreAccepted() {
        assertThat(SmtpCommand.parse("MAIL FROM: <a@b.test>").path("FROM")).contains("a@b.test");
        assertThat(SmtpCommand.parse("MAIL FROM:<>").path("FROM")).contains("");
    }

    @Test
    void pathWithoutBracketsOrKeywordIsEmpty() {
        assertThat(SmtpCommand.parse("MAIL FROM:a@b.test").path("FROM")).isEmpty();
        assertThat(SmtpCommand.parse("RCPT <a@b.test>").path("TO")).isEmpty();
        assertThat(SmtpCommand.parse("RCPT TO:<a@b.test").path("TO")).isEmpty();
    }

    @Test
    void addressesNeedALocalPartAndADomain() {
        assertThat(MailAddress.parse("4915112345671@SMS.Northwind.test"))
                .contains(new MailAddress("4915112345671", "sms.northwind.test"));
        assertThat(MailAddress.parse("@x.test")).isEmpty();
        assertThat(MailAddress.parse("a@")).isEmpty();
        assertThat(MailAddress.parse("a b@x.test")).isEmpty();
    }

    @Test
    void plainSevenBitBodyWithoutHeadersIsTheText() {
        assertThat(MimeText.decode(
                        "Subject: hi\r\n\r\nline one\r\nline two\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("line one\nline two");
    }

    @Test
    void foldedHeadersAndQuotedCharsetAreRead() {
        byte[] mail =
                ("Content-Type: text/plain;\r\n\tcharset=\"ISO-8859-1\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = "Grüß".getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = new byte[mail.length + body.length];
        System.arraycopy(mail, 0, message, 0, mail.length);
        System.arraycopy(body, 0, message, mail.length, body.length);

        assertThat(MimeText.decode(message)).isEqualTo("Grüß");
    }

    @Test
    void emptyBodyFallsBackToTheSubject() {
        assertThat(MimeText.decode("Subject: Your code 1234\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("Your code 1234");
    }

    @Test
    void quotedPrintableSoftBreaksAndBadEscapes() {
        assertThat(new String(
                        MimeText.quotedPrintable("a=3Db=\r\nc =ZZ=".getBytes(StandardCharsets.US_ASCII)),
                        StandardCharsets.US_ASCII))
                .isEqualTo("a=bc =ZZ=");
    }

    @Test
    void unknownCharsetEncodingOrMultipartAreRefusedClearly() {
        assertThatThrownBy(() -> MimeText.decode(
                        "Content-Type: text/plain; charset=klingon\r\n\r\nx".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("klingon");
        assertThatThrownBy(() -> MimeText.decode(
                        "Content-Transfer-Encoding: x-uue\r\n\r\nx".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("x-uue");
        assertThatThrownBy(() ->
                        MimeText.decode("Content-Type: text/html\r\n\r\n<b>x</b>".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("text/html");
    }
}
