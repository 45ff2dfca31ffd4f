package io.relaypay.simulator.smtp;

import java.util.Locale;
import java.util.Optional;

/**
 * A mailbox {@code local@domain}, domain lower-cased.
 *
 * @param local the local part
 * @param domain the domain, lower case
 */
public record MailAddress(String local, String domain) {

    /** Parses {@code local@domain}; empty if it is not of that shape or has characters SMTP forbids. */
    public static Optional<MailAddress> parse(String path) {
        int at = path.lastIndexOf('@');
        if (at <= 0 || at == path.length() - 1 || path.length() > 254) {
            return Optional.empty();
        }
        String local = path.substring(0, at);
        String domain = path.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!local.matches("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}") || !domain.matches("[a-z0-9.-]{1,253}")) {
            return Optional.empty();
        }
        return Optional.of(new MailAddress(local, domain));
    }

    @Override
    public String toString() {
        return local + "@" + domain;
    }
}
