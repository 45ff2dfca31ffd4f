package io.relaypay.messaging.email;

import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of an {@link EmailGatewayChannel}, each key declared once here with its default and doc.
 *
 * @param smtpHost the SMTP server (the carrier's gateway or our relay)
 * @param smtpPort its port
 * @param fromAddress the envelope and header sender
 * @param domains gateway domain per number prefix
 * @param username SMTP login; empty sends without authentication
 * @param password SMTP password; never logged, never shown by {@link #toString()}
 * @param startTls upgrade the connection with STARTTLS when the server offers it
 * @param startTlsRequired refuse to send when STARTTLS is not possible
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for each server reply
 * @param maxInFlight how many messages may be in an SMTP session at once
 */
public record EmailGatewayConfig(
        String smtpHost,
        int smtpPort,
        InternetAddress fromAddress,
        GatewayDomains domains,
        String username,
        String password,
        boolean startTls,
        boolean startTlsRequired,
        Duration connectTimeout,
        Duration timeout,
        int maxInFlight) {

    /** SMTP host. */
    public static final ConfigKey<String> SMTP_HOST =
            ConfigKey.string("smtp-host", null, "Host of the SMTP server the gateway mail is handed to");
    /** SMTP port. */
    public static final ConfigKey<Integer> SMTP_PORT =
            new ConfigKey<>("smtp-port", "25", "Port of that SMTP server", text -> range(text, 1, 65_535));
    /** Sender address. */
    public static final ConfigKey<InternetAddress> FROM_ADDRESS = new ConfigKey<>(
            "from-address",
            null,
            "Sender address of the gateway mail, e.g. sms@relaypay.example",
            EmailGatewayConfig::address);
    /** Domains by prefix. */
    public static final ConfigKey<GatewayDomains> DOMAINS = new ConfigKey<>(
            "domains",
            null,
            "Email-to-SMS domain per number prefix, longest prefix wins:"
                    + " 49151:sms.northwind.test,49176:sms.bluewave.test; a number no prefix covers is rejected",
            GatewayDomains::parse);
    /** SMTP user. */
    public static final ConfigKey<String> USERNAME =
            ConfigKey.string("username", "", "SMTP login; empty sends without authentication");
    /** SMTP password. */
    public static final ConfigKey<String> PASSWORD =
            ConfigKey.string("password", "", "SMTP password (secret; never logged)");
    /** STARTTLS. */
    public static final ConfigKey<Boolean> STARTTLS =
            ConfigKey.bool("starttls", "false", "Upgrade to TLS with STARTTLS when the server offers it");
    /** STARTTLS required. */
    public static final ConfigKey<Boolean> STARTTLS_REQUIRED =
            ConfigKey.bool("starttls-required", "false", "Refuse to send in clear when STARTTLS is not possible");
    /** Connect timeout. */
    public static final ConfigKey<Duration> CONNECT_TIMEOUT =
            ConfigKey.duration("connect-timeout", "PT5S", "How long to wait for a TCP connection to the server");
    /** Reply timeout. */
    public static final ConfigKey<Duration> TIMEOUT = ConfigKey.duration(
            "timeout", "PT10S", "How long to wait for each server reply; past it after DATA the outcome is unknown");
    /** In-flight bound. */
    public static final ConfigKey<Integer> MAX_IN_FLIGHT = new ConfigKey<>(
            "max-in-flight", "8", "How many SMTP sessions may be open at once", text -> range(text, 1, 1_000));

    /** Every key, in documentation order. */
    public static final List<ConfigKey<?>> KEYS = List.of(
            SMTP_HOST,
            SMTP_PORT,
            FROM_ADDRESS,
            DOMAINS,
            USERNAME,
            PASSWORD,
            STARTTLS,
            STARTTLS_REQUIRED,
            CONNECT_TIMEOUT,
            TIMEOUT,
            MAX_IN_FLIGHT);

    /** Requires every field. */
    public EmailGatewayConfig {
        Objects.requireNonNull(smtpHost, "smtpHost");
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(domains, "domains");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Reads validated settings. */
    public static EmailGatewayConfig from(ChannelSettings settings) {
        return new EmailGatewayConfig(
                settings.get(SMTP_HOST),
                settings.get(SMTP_PORT),
                settings.get(FROM_ADDRESS),
                settings.get(DOMAINS),
                settings.get(USERNAME),
                settings.get(PASSWORD),
                settings.get(STARTTLS),
                settings.get(STARTTLS_REQUIRED),
                settings.get(CONNECT_TIMEOUT),
                settings.get(TIMEOUT),
                settings.get(MAX_IN_FLIGHT));
    }

    /** True when a login is configured. */
    public boolean authenticates() {
        return !username.isEmpty();
    }

    @Override
    public String toString() {
        return "EmailGatewayConfig[smtp=" + smtpHost + ":" + smtpPort + ", from=" + fromAddress + ", domains=" + domains
                + ", username=" + username + ", password=***, startTls=" + startTls + "]";
    }

    private static int range(String text, int min, int max) {
        int value = Integer.parseInt(text.trim());
        if (value < min || value > max) {
            throw new IllegalArgumentException("must be " + min + " to " + max);
        }
        return value;
    }

    private static InternetAddress address(String text) {
        try {
            var address = new InternetAddress(text, true);
            if (address.getAddress().indexOf('@') < 1) {
                throw new IllegalArgumentException("an address needs a domain: " + text);
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("not an email address: " + e.getMessage());
        }
    }
}
