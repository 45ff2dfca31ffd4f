package io.relaypay.simulator.smtp;

import java.util.Locale;
import java.util.Optional;

/**
 * One SMTP command line (RFC 5321 section 4.1), parsed: the verb upper-cased and its argument. For
 * MAIL and RCPT the path inside {@code <...>} is extracted; parameters after it are kept.
 *
 * @param verb e.g. {@code EHLO}, {@code MAIL}
 * @param argument the rest of the line after the verb (for MAIL/RCPT: after {@code FROM:}/{@code
 *     TO:}), trimmed
 */
public record SmtpCommand(String verb, String argument) {

    /**
     * Parses a command line without its CRLF. Never throws: an empty or odd line gives a command
     * whose verb no handler knows.
     */
    public static SmtpCommand parse(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String verb = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
        String rest = space < 0 ? "" : trimmed.substring(space + 1).strip();
        // "MAIL FROM:<a@b>" and the common "MAIL FROM: <a@b>" both carry the keyword in the argument.
        return new SmtpCommand(verb, rest);
    }

    /**
     * The path of a {@code MAIL FROM:<path>} or {@code RCPT TO:<path>} argument; empty when the
     * keyword is missing or the angle brackets are not closed. {@code <>} gives an empty path.
     */
    public Optional<String> path(String keyword) {
        if (!argument.regionMatches(true, 0, keyword + ":", 0, keyword.length() + 1)) {
            return Optional.empty();
        }
        String afterKeyword = argument.substring(keyword.length() + 1).strip();
        if (!afterKeyword.startsWith("<")) {
            return Optional.empty();
        }
        int close = afterKeyword.indexOf('>');
        if (close < 0) {
            return Optional.empty();
        }
        return Optional.of(afterKeyword.substring(1, close));
    }

    /** The ESMTP parameters after the path, e.g. {@code SIZE=1234 BODY=8BITMIME}. */
    public String parameters() {
        int close = argument.indexOf('>');
        return close < 0 ? "" : argument.substring(close + 1).strip();
    }

    /** The value of ESMTP parameter {@code name} (case-insensitive), e.g. SIZE. */
    public Optional<String> parameter(String name) {
        for (String p : parameters().split("\\s+")) {
            int equals = p.indexOf('=');
            if (equals > 0 && p.substring(0, equals).equalsIgnoreCase(name)) {
                return Optional.of(p.substring(equals + 1));
            }
        }
        return Optional.empty();
    }
}
