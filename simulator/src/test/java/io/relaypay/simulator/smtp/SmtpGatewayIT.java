package io.relaypay.simulator.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The email-to-SMS gateway over a raw TCP socket. */
class SmtpGatewayIT {

    private static CarrierNetwork network;

    @BeforeAll
    static void start() {
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                .smtpMaxMessageBytes(2048)
                .build());
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @Test
    void quotedPrintableMailReachesTheInboxDotUnstuffed() throws Exception {
        try (SmtpClient smtp = new SmtpClient(network.smtpPort())) {
            assertThat(smtp.reply()).startsWith("220 ");
            assertThat(smtp.send("EHLO client.test")).startsWith("250 ");
            assertThat(smtp.send("MAIL FROM:<noreply@relaypay.test>")).startsWith("250 ");
            assertThat(smtp.send("RCPT TO:<4915112345671@sms.northwind.test>")).startsWith("250 ");
            assertThat(smtp.send("DATA")).startsWith("354 ");
            smtp.write("From: noreply@relaypay.test");
            smtp.write("Subject: code");
            smtp.write("Content-Type: text/plain; charset=UTF-8");
            smtp.write("Content-Transfer-Encoding: quoted-printable");
            smtp.write("");
            smtp.write("Gr=C3=BC=C3=9Fe, your code is 4711=");
            smtp.write("..end");
            assertThat(smtp.send(".")).startsWith("250 ");
            assertThat(smtp.send("QUIT")).startsWith("221 ");
        }

        ReceivedMessage last = network.phone("+4915112345671").inbox().getLast();
        assertThat(last.text()).isEqualTo("Grüße, your code is 4711.end");
        assertThat(last.sender()).isEqualTo("noreply@relaypay.test");
        assertThat(last.via()).isEqualTo("email");
    }

    @Test
    void base64MailInLatin1IsDecoded() throws Exception {
        String body = Base64.getMimeEncoder().encodeToString("Größe".getBytes(StandardCharsets.ISO_8859_1));
        try (SmtpClient smtp = new SmtpClient(network.smtpPort())) {
            smtp.reply();
            smtp.send("HELO client.test");
            smtp.send("MAIL FROM:<a@b.test>");
            smtp.send("RCPT TO:<+4917612345671@SMS.BLUEWAVE.TEST>");
            smtp.send("DATA");
            smtp.write("Content-Type: text/plain; charset=ISO-8859-1");
            smtp.write("Content-Transfer-Encoding: base64");
            smtp.write("");
            smtp.write(body);
            assertThat(smtp.send(".")).startsWith("250 ");
        }

        assertThat(network.phone("+4917612345671").inbox().getLast().text()).isEqualTo("Größe");
    }

    @Test
    void unknownNumberWrongCarrierOrUnknownDomainIs550() throws Exception {
        try (SmtpClient smtp = new SmtpClient(network.smtpPort())) {
            smtp.reply();
            smtp.send("EHLO client.test");
            smtp.send("MAIL FROM:<a@b.test>");
            assertThat(smtp.send("RCPT TO:<4915199999999@sms.northwind.test>")).startsWith("550 ");
            assertThat(smtp.send("RCPT TO:<4917612345671@sms.northwind.test>")).startsWith("550 ");
            assertThat(smtp.send("RCPT TO:<4915112345671@example.org>")).startsWith("550 ");
            assertThat(smtp.send("RCPT TO:<not an address>")).startsWith("501 ");
        }
    }

    @Test
    void commandsOutOfOrderAre503AndUnknownOnes500() throws Exception {
        try (SmtpClient smtp = new SmtpClient(network.smtpPort())) {
            smtp.reply();
            assertThat(smtp.send("MAIL FROM:<a@b.test>")).startsWith("503 ");
            assertThat(smtp.send("EHLO")).startsWith("501 ");
            assertThat(smtp.send("EHLO client.test")).startsWith("250 ");
            assertThat(smtp.send("DATA")).startsWith("503 ");
            assertThat(smtp.send("RCPT TO:<4915112345671@sms.northwind.test>")).startsWith("503 ");
            assertThat(smtp.send("FROB")).startsWith("500 ");
            assertThat(smtp.send("MAIL FROM:a@b.test")).startsWith("501 ");
            assertThat(smtp.send("NOOP")).startsWith("250 ");
            assertThat(smtp.send("MAIL FROM:<a@b.test>")).startsWith("250 ");
            assertThat(smtp.send("RSET")).startsWith("250 ");
            assertThat(smtp.send("DATA")).startsWith("503 ");
        }
    }

    @Test
    void oversizedMailIs552AndNotDelivered() throws Exception {
        int before = network.phone("+4915112345672").inbox().size();
        try (SmtpClient smtp = new SmtpClient(network.smtpPort())) {
            smtp.reply();
            smtp.send("EHLO client.test");
            assertThat(smtp.send("MAIL FROM:<a@b.test> SIZE=999999")).startsWith("552 ");
            smtp.send("MAIL FROM:<a@b.test>");
            smtp.send("RCPT TO:<4915112345672@sms.northwind.test>");
            smtp.send("DATA");
            smtp.write("");
            for (int i = 0; i < 50; i++) {
                smtp.write("x".repeat(70));
            }
            assertThat(smtp.send(".")).startsWith("552 ");
            assertThat(smtp.send("NOOP")).startsWith("250 ");
        }
        assertThat(network.phone("+4915112345672").inbox()).hasSize(before);
    }

    @Test
    void multipartMailIsRefusedWith554() throws Exception {
        try (SmtpClient smtp = new SmtpClient(network.smtpPort())) {
            smtp.reply();
            smtp.send("EHLO client.test");
            smtp.send("MAIL FROM:<a@b.test>");
            smtp.send("RCPT TO:<4915112345672@sms.northwind.test>");
            smtp.send("DATA");
            smtp.write("Content-Type: multipart/mixed; boundary=x");
            smtp.write("");
            smtp.write("--x");
            assertThat(smtp.send(".")).startsWith("554 ");
        }
    }
}
