package io.relaypay.messaging.email;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.HealthTracker;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.channel.SendResult;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel to a carrier's email-to-SMS gateway: each message is a {@code text/plain} UTF-8 mail to
 * {@code <digits>@<carrier domain>}, sent with Angus Mail in its own SMTP session. Email gateways
 * cannot bill, so premium messages are rejected, and they send no delivery reports: an accepted
 * message is known only by the {@code Message-ID} we gave it.
 */
public final class EmailGatewayChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger(EmailGatewayChannel.class);
    private static final Duration HEALTH_WINDOW = Duration.ofMinutes(5);

    private final String name;
    private final EmailGatewayConfig config;
    private final Clock clock;
    private final HealthTracker health;
    private final Session session;
    private volatile boolean closed;

    /**
     * A channel named {@code name}. The sink is accepted for the SPI's sake; email gateways do not
     * report back.
     */
    public EmailGatewayChannel(String name, EmailGatewayConfig config, InboundSink sink, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.health = new HealthTracker(clock, HEALTH_WINDOW, config.maxInFlight());
        this.session = Session.getInstance(properties(config));
    }

    private static Properties properties(EmailGatewayConfig config) {
        var properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", config.smtpHost());
        properties.put("mail.smtp.port", Integer.toString(config.smtpPort()));
        properties.put("mail.smtp.from", config.fromAddress().getAddress());
        properties.put("mail.smtp.localhost", domainOf(config.fromAddress()));
        properties.put(
                "mail.smtp.connectiontimeout",
                Long.toString(config.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(config.timeout().toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(config.timeout().toMillis()));
        properties.put("mail.smtp.auth", Boolean.toString(config.authenticates()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(config.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(config.startTlsRequired()));
        // The message is handed over once the server answers the body; waiting for QUIT's reply adds nothing.
        properties.put("mail.smtp.quitwait", "false");
        return properties;
    }

    @Override
    public String name() {
        return name;
    }

    /** Nothing to connect: every message gets its own SMTP session, and health reflects the last one. */
    @Override
    public void start() {
        LOG.info(
                "channel={} kind=email smtp={}:{} domains={}",
                name,
                config.smtpHost(),
                config.smtpPort(),
                config.domains());
    }

    @Override
    public SendResult send(OutboundMessage message) {
        SendResult result = attempt(message);
        LOG.debug("channel={} message={} result={}", name, message.id(), result);
        return result;
    }

    private SendResult attempt(OutboundMessage message) {
        if (closed) {
            return new SendResult.Rejected("channel " + name + " is closed");
        }
        if (message.isPremium()) {
            return new SendResult.Rejected("an email-to-SMS gateway cannot bill a premium message");
        }
        if (!message.validUntil().isAfter(clock.instant())) {
            return new SendResult.Rejected("validity ran out before sending");
        }
        var recipient = config.domains().addressFor(message.recipient());
        if (recipient.isEmpty()) {
            return new SendResult.Rejected("no email-to-SMS domain is configured for " + message.recipient());
        }
        if (!health.tryEnter(config.timeout())) {
            health.failure(true);
            return new SendResult.Retryable("too many SMTP sessions open", Duration.ofMillis(100));
        }
        try {
            return deliver(message, recipient.get());
        } finally {
            health.exit();
        }
    }

    private SendResult deliver(OutboundMessage message, String recipient) {
        String messageId = "<" + message.id() + "@" + domainOf(config.fromAddress()) + ">";
        MimeMessage mail;
        Address[] to;
        try {
            mail = new GatewayMail(session, messageId);
            mail.setFrom(config.fromAddress());
            to = new Address[] {new InternetAddress(recipient, true)};
            mail.setRecipients(MimeMessage.RecipientType.TO, to);
            mail.setText(message.text(), "UTF-8");
            mail.setSentDate(Date.from(clock.instant()));
            mail.saveChanges();
        } catch (MessagingException e) {
            return new SendResult.Rejected("mail could not be built: " + e.getMessage());
        }
        var transport = new TrackedTransport(session);
        try {
            try {
                if (config.authenticates()) {
                    transport.connect(config.username(), config.password());
                } else {
                    transport.connect();
                }
            } catch (MessagingException e) {
                SendResult result = SmtpFailures.connectFailure(e);
                health.failure(result instanceof SendResult.Rejected);
                return result;
            }
            try {
                transport.sendMessage(mail, to);
            } catch (MessagingException e) {
                health.failure(true);
                return SmtpFailures.sendFailure(e, transport.bodyStarted);
            }
            health.success();
            return new SendResult.Accepted(List.of(messageId));
        } finally {
            closeQuietly(transport);
        }
    }

    private void closeQuietly(TrackedTransport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // QUIT went unanswered; whatever was sent is decided already.
            LOG.debug("channel={} SMTP close failed: {}", name, e.toString());
        }
    }

    private static String domainOf(InternetAddress address) {
        String text = address.getAddress();
        return text.substring(text.indexOf('@') + 1);
    }

    @Override
    public ChannelHealth health() {
        return health.health();
    }

    @Override
    public void close() {
        closed = true;
    }

    /**
     * Angus's SMTP transport, noting when the server has said 354 to DATA: after that a broken link
     * may have left the message with the server, before it nothing was handed over. The reply code
     * cannot tell, because a dropped connection leaves none.
     */
    private static final class TrackedTransport extends SMTPTransport {
        private volatile boolean bodyStarted;

        TrackedTransport(Session session) {
            super(session, new URLName("smtp", null, -1, null, null, null));
        }

        @Override
        protected OutputStream data() throws MessagingException {
            OutputStream body = super.data();
            bodyStarted = true;
            return body;
        }
    }

    /** A mail whose {@code Message-ID} is derived from our message id instead of a random one. */
    private static final class GatewayMail extends MimeMessage {
        private final String messageId;

        GatewayMail(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
