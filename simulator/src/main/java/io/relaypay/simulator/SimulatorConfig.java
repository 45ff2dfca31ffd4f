package io.relaypay.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link CarrierNetwork} is made of. {@link #defaults()} is the demo network; tests
 * usually start from {@code SimulatorConfig.defaults().withEphemeralPorts()} or build their own.
 *
 * @param host address every server binds to (default {@code 127.0.0.1})
 * @param httpPort HTTP port (API, web page, Kannel gateway, JSON aggregator); 0 = ephemeral
 * @param smtpPort SMTP email-to-SMS gateway port; 0 = ephemeral
 * @param smscs the SMSCs, each an SMPP server
 * @param carriers the carriers
 * @param phones the virtual phones created at start
 * @param gatewayUsername username of the Kannel-compatible {@code /cgi-bin/sendsms} gateway
 * @param gatewayPassword password of the Kannel-compatible gateway
 * @param jsonApiKey bearer token of the JSON aggregator API
 * @param billingApiKey bearer token of the operator billing API ({@code /carrier-billing/v0})
 * @param reservationTimeout how long an operator billing reservation ({@code payments/prepare})
 *     waits for its confirm or cancel before it is cancelled automatically
 * @param moCallbackUrls Kannel-style GET URL templates every MO is also sent to; escape codes
 *     {@code %p} sender, {@code %P} receiver, {@code %a} text, {@code %I} id, {@code %t} time
 * @param moJsonCallbackUrls URLs every MO is also POSTed to as JSON
 * @param gatewayDlrDelay delay before the HTTP and JSON gateways report delivery
 * @param redeliveryInterval wait before retrying a {@code deliver_sm} or callback that failed
 * @param smtpMaxMessageBytes largest email the SMTP gateway accepts
 * @param clock the network's clock (timestamps on messages, bills and receipts)
 */
public record SimulatorConfig(
        String host,
        int httpPort,
        int smtpPort,
        List<SmscConfig> smscs,
        List<CarrierConfig> carriers,
        List<PhoneConfig> phones,
        String gatewayUsername,
        String gatewayPassword,
        String jsonApiKey,
        String billingApiKey,
        Duration reservationTimeout,
        List<String> moCallbackUrls,
        List<URI> moJsonCallbackUrls,
        Duration gatewayDlrDelay,
        Duration redeliveryInterval,
        int smtpMaxMessageBytes,
        Clock clock) {

    /** Default HTTP port (ARCHITECTURE.md contract). */
    public static final int DEFAULT_HTTP_PORT = 8081;
    /** Default SMTP gateway port. */
    public static final int DEFAULT_SMTP_PORT = 2525;
    /** Default port of the first SMSC; more SMSCs take the following ports. */
    public static final int DEFAULT_SMPP_PORT = 2775;

    /** Validates ports, names and references between carriers, SMSCs and phones; copies lists. */
    public SimulatorConfig {
        Objects.requireNonNull(host, "host");
        requirePort(httpPort, "httpPort");
        requirePort(smtpPort, "smtpPort");
        smscs = List.copyOf(smscs);
        carriers = List.copyOf(carriers);
        phones = List.copyOf(phones);
        Objects.requireNonNull(gatewayUsername, "gatewayUsername");
        Objects.requireNonNull(gatewayPassword, "gatewayPassword");
        Objects.requireNonNull(jsonApiKey, "jsonApiKey");
        if (Objects.requireNonNull(billingApiKey, "billingApiKey").isBlank()) {
            throw new IllegalArgumentException("billingApiKey must not be blank");
        }
        Objects.requireNonNull(reservationTimeout, "reservationTimeout");
        if (reservationTimeout.isNegative() || reservationTimeout.isZero()) {
            throw new IllegalArgumentException("reservationTimeout must be positive");
        }
        moCallbackUrls = List.copyOf(moCallbackUrls);
        moJsonCallbackUrls = List.copyOf(moJsonCallbackUrls);
        Objects.requireNonNull(gatewayDlrDelay, "gatewayDlrDelay");
        Objects.requireNonNull(redeliveryInterval, "redeliveryInterval");
        if (redeliveryInterval.isNegative() || redeliveryInterval.isZero()) {
            throw new IllegalArgumentException("redeliveryInterval must be positive");
        }
        if (smtpMaxMessageBytes < 1024) {
            throw new IllegalArgumentException("smtpMaxMessageBytes must be at least 1024");
        }
        Objects.requireNonNull(clock, "clock");
        Set<String> carrierNames =
                unique(carriers.stream().map(CarrierConfig::name).toList(), "carrier");
        unique(smscs.stream().map(SmscConfig::name).toList(), "SMSC");
        unique(phones.stream().map(PhoneConfig::msisdn).toList(), "phone");
        for (SmscConfig smsc : smscs) {
            for (String carrier : smsc.carriers()) {
                requireKnown(carrierNames, carrier, "SMSC " + smsc.name());
            }
        }
        for (PhoneConfig phone : phones) {
            requireKnown(carrierNames, phone.carrier(), "phone " + phone.msisdn());
        }
    }

    private static void requirePort(int port, String what) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(what + " out of range: " + port);
        }
    }

    private static Set<String> unique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate " + what + ": " + name);
            }
        }
        return seen;
    }

    private static void requireKnown(Set<String> carriers, String carrier, String who) {
        if (!carriers.contains(carrier)) {
            throw new IllegalArgumentException(who + " names unknown carrier " + carrier);
        }
    }

    /**
     * The demo network: carriers {@code northwind} (+49151…, 30% share) and {@code bluewave}
     * (+49176…, 35% share), both billing EUR 0.99/1.99/2.99/4.99/9.99; SMSC {@code smsc-north} on
     * 2775 (northwind only, hex ids in submit_sm_resp, decimal in receipts) and {@code smsc-hub} on
     * 2776 (both carriers, decimal ids); six phones (the last one premium-barred); HTTP 8081, SMTP
     * 2525. Binds use system id {@code relaypay} and password {@code secret}. Both carriers offer
     * operator billing (EUR 100.00 a month per phone); +4915112345673 is prepaid with EUR 10.00,
     * +4917612345673 has third-party billing blocked as well as premium messages.
     */
    public static SimulatorConfig defaults() {
        return DemoNetwork.config();
    }

    /** This configuration with every port (HTTP, SMTP, each SMSC) set to 0, i.e. ephemeral. */
    public SimulatorConfig withEphemeralPorts() {
        return toBuilder()
                .httpPort(0)
                .smtpPort(0)
                .smscs(smscs.stream().map(s -> s.withPort(0)).toList())
                .build();
    }

    /** An empty builder: no carriers, SMSCs or phones; ports 8081/2525; gateway credentials set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder()
                .host(host)
                .httpPort(httpPort)
                .smtpPort(smtpPort)
                .gatewayCredentials(gatewayUsername, gatewayPassword)
                .jsonApiKey(jsonApiKey)
                .billingApiKey(billingApiKey)
                .reservationTimeout(reservationTimeout)
                .gatewayDlrDelay(gatewayDlrDelay)
                .redeliveryInterval(redeliveryInterval)
                .smtpMaxMessageBytes(smtpMaxMessageBytes)
                .clock(clock);
        b.smscs.addAll(smscs);
        b.carriers.addAll(carriers);
        b.phones.addAll(phones);
        b.moCallbackUrls.addAll(moCallbackUrls);
        b.moJsonCallbackUrls.addAll(moJsonCallbackUrls);
        return b;
    }

    /** Builds a {@link SimulatorConfig}; list setters add, {@code smscs(List)} replaces. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int httpPort = DEFAULT_HTTP_PORT;
        private int smtpPort = DEFAULT_SMTP_PORT;
        private final List<SmscConfig> smscs = new ArrayList<>();
        private final List<CarrierConfig> carriers = new ArrayList<>();
        private final List<PhoneConfig> phones = new ArrayList<>();
        private String gatewayUsername = "relaypay";
        private String gatewayPassword = "secret";
        private String jsonApiKey = "sim_test_key";
        private String billingApiKey = "sim_billing_key";
        private Duration reservationTimeout = Duration.ofMinutes(15);
        private final List<String> moCallbackUrls = new ArrayList<>();
        private final List<URI> moJsonCallbackUrls = new ArrayList<>();
        private Duration gatewayDlrDelay = Duration.ofMillis(200);
        private Duration redeliveryInterval = Duration.ofSeconds(1);
        private int smtpMaxMessageBytes = 1024 * 1024;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Bind address of every server. */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** HTTP port; 0 = ephemeral. */
        public Builder httpPort(int value) {
            this.httpPort = value;
            return this;
        }

        /** SMTP port; 0 = ephemeral. */
        public Builder smtpPort(int value) {
            this.smtpPort = value;
            return this;
        }

        /** Adds an SMSC. */
        public Builder smsc(SmscConfig value) {
            smscs.add(value);
            return this;
        }

        /** Replaces the SMSCs. */
        public Builder smscs(List<SmscConfig> value) {
            smscs.clear();
            smscs.addAll(value);
            return this;
        }

        /** Adds a carrier. */
        public Builder carrier(CarrierConfig value) {
            carriers.add(value);
            return this;
        }

        /** Adds a phone. */
        public Builder phone(PhoneConfig value) {
            phones.add(value);
            return this;
        }

        /** Adds a phone that accepts premium messages. */
        public Builder phone(String msisdn, String carrier) {
            return phone(PhoneConfig.of(msisdn, carrier));
        }

        /** Credentials of the Kannel-compatible sendsms gateway. */
        public Builder gatewayCredentials(String username, String password) {
            this.gatewayUsername = username;
            this.gatewayPassword = password;
            return this;
        }

        /** Bearer token of the JSON aggregator API. */
        public Builder jsonApiKey(String value) {
            this.jsonApiKey = value;
            return this;
        }

        /** Bearer token of the operator billing API. */
        public Builder billingApiKey(String value) {
            this.billingApiKey = value;
            return this;
        }

        /** How long an operator billing reservation lives without confirm or cancel. */
        public Builder reservationTimeout(Duration value) {
            this.reservationTimeout = value;
            return this;
        }

        /** Adds a Kannel-style MO callback URL template (GET, escape codes %p %P %a %I %t). */
        public Builder moCallbackUrl(String value) {
            moCallbackUrls.add(value);
            return this;
        }

        /** Adds a URL every MO is POSTed to as JSON. */
        public Builder moJsonCallbackUrl(URI value) {
            moJsonCallbackUrls.add(value);
            return this;
        }

        /** Delay before HTTP/JSON gateway delivery reports. */
        public Builder gatewayDlrDelay(Duration value) {
            this.gatewayDlrDelay = value;
            return this;
        }

        /** Wait before retrying a failed deliver_sm or callback. */
        public Builder redeliveryInterval(Duration value) {
            this.redeliveryInterval = value;
            return this;
        }

        /** Largest email the SMTP gateway accepts. */
        public Builder smtpMaxMessageBytes(int value) {
            this.smtpMaxMessageBytes = value;
            return this;
        }

        /** The network's clock. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** The validated configuration. */
        public SimulatorConfig build() {
            return new SimulatorConfig(
                    host,
                    httpPort,
                    smtpPort,
                    smscs,
                    carriers,
                    phones,
                    gatewayUsername,
                    gatewayPassword,
                    jsonApiKey,
                    billingApiKey,
                    reservationTimeout,
                    moCallbackUrls,
                    moJsonCallbackUrls,
                    gatewayDlrDelay,
                    redeliveryInterval,
                    smtpMaxMessageBytes,
                    clock);
        }
    }
}
