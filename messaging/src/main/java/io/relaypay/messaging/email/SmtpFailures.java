package io.relaypay.messaging.email;

import io.relaypay.messaging.channel.SendResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What an SMTP failure means for the message. A server reply decides by its class (5xx never,
 * 4xx later); a broken connection decides by how far the session got: before the server said
 * {@code 354} to DATA nothing was handed over, after it the message may already be on its way.
 */
final class SmtpFailures {
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private SmtpFailures() {}

    /** A failure while connecting, greeting, securing or logging in: nothing was sent. */
    static SendResult connectFailure(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return new SendResult.Rejected("SMTP login refused");
        }
        if (cause(e, ConnectException.class) || cause(e, UnknownHostException.class)) {
            return new SendResult.Retryable("SMTP server unreachable", RETRY_AFTER);
        }
        if (cause(e, SocketTimeoutException.class)) {
            return new SendResult.Retryable("SMTP server did not answer in time", RETRY_AFTER);
        }
        return new SendResult.Retryable("SMTP session could not be opened: " + oneLine(e), RETRY_AFTER);
    }

    /**
     * A failure during MAIL, RCPT or DATA; {@code bodyStarted} is true once the server said 354 to
     * DATA, from which point a lost link leaves the outcome open.
     */
    static SendResult sendFailure(MessagingException e, boolean bodyStarted) {
        Optional<Integer> code = replyCode(e);
        if (code.isPresent()) {
            String reason = "SMTP server answered " + code.get() + ": " + oneLine(e);
            return code.get() / 100 == 5
                    ? new SendResult.Rejected(reason)
                    : new SendResult.Retryable(reason, RETRY_AFTER);
        }
        if (bodyStarted) {
            return new SendResult.Unknown("SMTP connection lost while the message was transferred", List.of());
        }
        return new SendResult.Retryable("SMTP connection lost before the message was transferred", RETRY_AFTER);
    }

    /** The reply code of the command that failed, if the server gave one. */
    private static Optional<Integer> replyCode(MessagingException e) {
        for (Exception next = e; next != null; ) {
            int code = switch (next) {
                case SMTPAddressFailedException address -> address.getReturnCode();
                case SMTPSenderFailedException sender -> sender.getReturnCode();
                case SMTPSendFailedException send -> send.getReturnCode();
                default -> -1;
            };
            if (code >= 400 && code < 600) {
                return Optional.of(code);
            }
            next = next instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return Optional.empty();
    }

    private static boolean cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(Exception e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }
}
