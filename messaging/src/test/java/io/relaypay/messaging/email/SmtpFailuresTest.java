package io.relaypay.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.channel.SendResult;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

class SmtpFailuresTest {
    @Test
    void refusedConnectionIsRetryable() {
        var e = new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));

        assertThat(SmtpFailures.connectFailure(e)).isInstanceOf(SendResult.Retryable.class);
    }

    @Test
    void refusedLoginIsRejected() {
        assertThat(SmtpFailures.connectFailure(new AuthenticationFailedException("535 bad credentials")))
                .isInstanceOf(SendResult.Rejected.class);
    }

    @Test
    void permanentRecipientFailureIsRejected() throws Exception {
        var address = new InternetAddress("4915112345671@sms.northwind.test");
        var rcpt = new SMTPAddressFailedException(address, "RCPT TO", 550, "550 no such phone");
        var e = new SendFailedException(
                "Invalid Addresses", rcpt, new Address[0], new Address[0], new Address[] {address});

        assertThat(SmtpFailures.sendFailure(e, false)).isInstanceOf(SendResult.Rejected.class);
    }

    @Test
    void temporaryRecipientFailureIsRetryable() throws Exception {
        var address = new InternetAddress("4915112345671@sms.northwind.test");
        var rcpt = new SMTPAddressFailedException(address, "RCPT TO", 451, "451 try later");
        var e = new SendFailedException("Invalid Addresses", rcpt);

        assertThat(SmtpFailures.sendFailure(e, false)).isInstanceOf(SendResult.Retryable.class);
    }

    @Test
    void permanentAnswerToTheBodyIsRejected() {
        var e = new SMTPSendFailedException(".", 554, "554 message refused", null, null, null, null);

        assertThat(SmtpFailures.sendFailure(e, true)).isInstanceOf(SendResult.Rejected.class);
    }

    @Test
    void linkLostDuringTheBodyIsUnknown() {
        var e = new MessagingException("Can't send command to SMTP host", new SocketException("Broken pipe"));

        assertThat(SmtpFailures.sendFailure(e, true)).isInstanceOf(SendResult.Unknown.class);
    }

    @Test
    void linkLostBeforeTheBodyIsRetryable() {
        var e = new MessagingException("Can't send command to SMTP host", new SocketException("Broken pipe"));

        assertThat(SmtpFailures.sendFailure(e, false)).isInstanceOf(SendResult.Retryable.class);
    }
}
