package io.relaypay.simulator.smtp;

import io.relaypay.simulator.codec.MalformedMessageException;
import io.relaypay.simulator.network.MtMessage;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.VirtualPhone;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SMTP conversation (RFC 5321): EHLO/HELO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP,
 * VRFY, HELP, QUIT. Commands out of order get 503, bad syntax 501, unknown verbs 500; unknown
 * recipients 550; messages over the size limit 552; mail that is not text/plain 554. Too many
 * errors end the conversation with 421.
 */
final class SmtpSession implements Runnable {

    static final String VIA = "email";
    private static final Logger log = LoggerFactory.getLogger(SmtpSession.class);
    private static final int MAX_COMMAND_LINE = 512;
    private static final int MAX_TEXT_LINE = 64 * 1024;
    private static final int MAX_RECIPIENTS = 100;
    private static final int MAX_ERRORS = 20;

    private final Socket socket;
    private final Network network;
    private final EmailRecipients recipients;
    private final String hostName;
    private final int maxMessageBytes;
    private LineReader in;
    private OutputStream out;
    private boolean greeted;
    private Optional<String> sender = Optional.empty();
    private final List<VirtualPhone> to = new ArrayList<>();
    private int errors;

    SmtpSession(Socket socket, Network network, String hostName, int maxMessageBytes) {
        this.socket = socket;
        this.network = network;
        this.recipients = new EmailRecipients(network);
        this.hostName = hostName;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setSoTimeout(300_000);
            in = new LineReader(socket.getInputStream());
            out = socket.getOutputStream();
            reply("220 " + hostName + " ESMTP Relaypay carrier network simulator");
            while (converse()) {
                if (errors >= MAX_ERRORS) {
                    reply("421 4.7.0 Too many errors, closing connection");
                    return;
                }
            }
        } catch (IOException e) {
            log.debug("smtp session from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
        } catch (RuntimeException e) {
            // A bug must cost one conversation, never the gateway.
            log.warn("smtp session from {} failed", socket.getRemoteSocketAddress(), e);
        }
    }

    /** Handles one command; false when the conversation is over. */
    private boolean converse() throws IOException {
        byte[] line;
        try {
            line = in.readLine(MAX_COMMAND_LINE);
        } catch (LineReader.LineTooLongException e) {
            return error("500 5.5.6 Command line too long");
        }
        if (line == null) {
            return false;
        }
        SmtpCommand command = SmtpCommand.parse(new String(line, StandardCharsets.ISO_8859_1));
        switch (command.verb()) {
            case "EHLO", "HELO" -> hello(command);
            case "MAIL" -> mail(command);
            case "RCPT" -> rcpt(command);
            case "DATA" -> data(command);
            case "RSET" -> {
                reset();
                reply("250 2.0.0 OK");
            }
            case "NOOP" -> reply("250 2.0.0 OK");
            case "VRFY" -> reply("252 2.5.2 Cannot VRFY user, but will accept message");
            case "HELP" -> reply("214 2.0.0 Commands: EHLO HELO MAIL RCPT DATA RSET NOOP VRFY HELP QUIT");
            case "QUIT" -> {
                reply("221 2.0.0 " + hostName + " closing connection");
                return false;
            }
            default -> error("500 5.5.2 Command unrecognized");
        }
        return true;
    }

    private void hello(SmtpCommand command) throws IOException {
        if (command.argument().isEmpty()) {
            error("501 5.5.4 Syntax: " + command.verb() + " hostname");
            return;
        }
        reset();
        greeted = true;
        if (command.verb().equals("HELO")) {
            reply("250 " + hostName);
        } else {
            reply("250-" + hostName + "\r\n250-8BITMIME\r\n250-SIZE " + maxMessageBytes + "\r\n250 HELP");
        }
    }

    private void mail(SmtpCommand command) throws IOException {
        if (!greeted) {
            error("503 5.5.1 Send HELO or EHLO first");
        } else if (sender.isPresent()) {
            error("503 5.5.1 Sender already given");
        } else {
            Optional<String> path = command.path("FROM");
            if (path.isEmpty()
                    || !path.get().isEmpty() && MailAddress.parse(path.get()).isEmpty()) {
                error("501 5.5.4 Syntax: MAIL FROM:<address>");
            } else if (declaredSizeTooLarge(command)) {
                error("552 5.3.4 Message size exceeds fixed limit of " + maxMessageBytes + " bytes");
            } else {
                sender = path;
                reply("250 2.1.0 OK");
            }
        }
    }

    private boolean declaredSizeTooLarge(SmtpCommand command) {
        try {
            return command.parameter("SIZE").map(Long::parseLong).orElse(0L) > maxMessageBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void rcpt(SmtpCommand command) throws IOException {
        if (sender.isEmpty()) {
            error("503 5.5.1 Need MAIL before RCPT");
            return;
        }
        Optional<MailAddress> address = command.path("TO").flatMap(MailAddress::parse);
        if (address.isEmpty()) {
            error("501 5.1.3 Syntax: RCPT TO:<number@carrier-gateway-domain>");
            return;
        }
        if (to.size() >= MAX_RECIPIENTS) {
            reply("452 4.5.3 Too many recipients");
            return;
        }
        Optional<VirtualPhone> phone = recipients.resolve(address.get());
        if (phone.isEmpty()) {
            error("550 5.1.1 <" + address.get() + ">: no such subscriber at this gateway");
            return;
        }
        to.add(phone.get());
        reply("250 2.1.5 OK");
    }

    private void data(SmtpCommand command) throws IOException {
        if (to.isEmpty()) {
            error("503 5.5.1 Need RCPT before DATA");
            return;
        }
        if (!command.argument().isEmpty()) {
            error("501 5.5.4 Syntax: DATA");
            return;
        }
        reply("354 End data with <CR><LF>.<CR><LF>");
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        boolean tooBig = false;
        while (true) {
            byte[] line;
            try {
                line = in.readLine(MAX_TEXT_LINE);
            } catch (LineReader.LineTooLongException e) {
                tooBig = true;
                continue;
            }
            if (line == null) {
                throw new IOException("connection closed during DATA");
            }
            if (line.length == 1 && line[0] == '.') {
                break;
            }
            int from = line.length > 0 && line[0] == '.' ? 1 : 0; // dot-unstuffing, RFC 5321 4.5.2
            if (message.size() + line.length + 2 > maxMessageBytes) {
                tooBig = true;
            } else {
                message.write(line, from, line.length - from);
                message.write('\r');
                message.write('\n');
            }
        }
        if (tooBig) {
            reset();
            error("552 5.3.4 Message size exceeds fixed limit of " + maxMessageBytes + " bytes");
            return;
        }
        deliver(message.toByteArray());
    }

    private void deliver(byte[] message) throws IOException {
        String text;
        try {
            text = MimeText.decode(message);
        } catch (MalformedMessageException e) {
            reset();
            error("554 5.6.0 " + e.getMessage());
            return;
        }
        String id = "email-" + network.ids().next();
        String from = sender.filter(s -> !s.isEmpty()).orElse("MAILER-DAEMON");
        for (VirtualPhone phone : to) {
            network.deliver(phone, new MtMessage(from, text, Optional.empty(), VIA, id));
        }
        log.debug("smtp id={} from={} to={} delivered", id, from, to);
        reset();
        reply("250 2.0.0 OK queued as " + id);
    }

    private void reset() {
        sender = Optional.empty();
        to.clear();
    }

    private boolean error(String line) throws IOException {
        errors++;
        reply(line);
        return true;
    }

    private void reply(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
