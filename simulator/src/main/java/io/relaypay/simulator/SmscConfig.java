package io.relaypay.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One simulated SMSC: an SMPP 3.4 server (SMSC side) that reaches some carriers.
 *
 * @param name unique name; also the {@code system_id} the SMSC answers binds with and the {@code
 *     via} of messages it delivers
 * @param port TCP port; 0 picks an ephemeral port
 * @param systemId the {@code system_id} ESMEs must bind with (at most 15 characters, SMPP 3.4)
 * @param password the password ESMEs must bind with (at most 8 characters, SMPP 3.4)
 * @param maxSubmitsPerSecond accepted {@code submit_sm} per second before answering {@code
 *     ESME_RTHROTTLED}; 0 is unlimited
 * @param latency how long the SMSC takes to answer a {@code submit_sm}
 * @param submitIdFormat how message ids are rendered in {@code submit_sm_resp}
 * @param dlrIdFormat how message ids are rendered in delivery receipts
 * @param receiptedMessageIdTlv whether receipts carry the {@code receipted_message_id} and {@code
 *     message_state} TLVs besides the text form
 * @param dlrDelay time between accepting a message and sending its receipt
 * @param deliverySettleDelay after a bind, the longest the SMSC waits for the ESME's first request
 *     before sending it queued {@code deliver_sm}: an ESME may still be handling its bind_resp (jSMPP's
 *     client then refuses a deliver_sm with {@code ESME_RINVBNDSTS})
 * @param carriers names of the carriers this SMSC reaches
 */
public record SmscConfig(
        String name,
        int port,
        String systemId,
        String password,
        int maxSubmitsPerSecond,
        Duration latency,
        IdFormat submitIdFormat,
        IdFormat dlrIdFormat,
        boolean receiptedMessageIdTlv,
        Duration dlrDelay,
        Duration deliverySettleDelay,
        List<String> carriers) {

    /** Validates the fields against SMPP 3.4 limits; copies the carrier list. */
    public SmscConfig {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("SMSC name must be 1..64 characters: " + name);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(systemId, "systemId");
        if (systemId.isEmpty() || systemId.length() > 15) {
            throw new IllegalArgumentException("system_id must be 1..15 characters (SMPP 3.4)");
        }
        Objects.requireNonNull(password, "password");
        if (password.length() > 8) {
            throw new IllegalArgumentException("password must be at most 8 characters (SMPP 3.4)");
        }
        if (maxSubmitsPerSecond < 0) {
            throw new IllegalArgumentException("maxSubmitsPerSecond must not be negative");
        }
        requireNonNegative(latency, "latency");
        Objects.requireNonNull(submitIdFormat, "submitIdFormat");
        Objects.requireNonNull(dlrIdFormat, "dlrIdFormat");
        requireNonNegative(dlrDelay, "dlrDelay");
        requireNonNegative(deliverySettleDelay, "deliverySettleDelay");
        carriers = List.copyOf(carriers);
    }

    private static void requireNonNegative(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
    }

    /**
     * A builder with test-friendly defaults: ephemeral port, system id {@code relaypay}, password
     * {@code secret}, unlimited throughput, no latency, decimal ids, receipt TLVs on, no receipt
     * delay, a 100 ms delivery settle delay, no carriers.
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(name)
                .port(port)
                .systemId(systemId)
                .password(password)
                .maxSubmitsPerSecond(maxSubmitsPerSecond)
                .latency(latency)
                .idFormats(submitIdFormat, dlrIdFormat)
                .receiptedMessageIdTlv(receiptedMessageIdTlv)
                .dlrDelay(dlrDelay)
                .deliverySettleDelay(deliverySettleDelay)
                .carriers(carriers);
    }

    /** This configuration on another port (0 = ephemeral). */
    public SmscConfig withPort(int newPort) {
        return toBuilder().port(newPort).build();
    }

    /** Builds an {@link SmscConfig}. */
    public static final class Builder {
        private final String name;
        private int port;
        private String systemId = "relaypay";
        private String password = "secret";
        private int maxSubmitsPerSecond;
        private Duration latency = Duration.ZERO;
        private IdFormat submitIdFormat = IdFormat.DECIMAL;
        private IdFormat dlrIdFormat = IdFormat.DECIMAL;
        private boolean receiptedMessageIdTlv = true;
        private Duration dlrDelay = Duration.ZERO;
        private Duration deliverySettleDelay = Duration.ofMillis(100);
        private List<String> carriers = List.of();

        private Builder(String name) {
            this.name = name;
        }

        /** TCP port; 0 = ephemeral. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The system_id ESMEs bind with. */
        public Builder systemId(String value) {
            this.systemId = value;
            return this;
        }

        /** The password ESMEs bind with. */
        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /** Throughput limit; 0 = unlimited. */
        public Builder maxSubmitsPerSecond(int value) {
            this.maxSubmitsPerSecond = value;
            return this;
        }

        /** Delay before each submit_sm_resp. */
        public Builder latency(Duration value) {
            this.latency = value;
            return this;
        }

        /** Id rendering in submit_sm_resp and in receipts. */
        public Builder idFormats(IdFormat submitResp, IdFormat receipt) {
            this.submitIdFormat = submitResp;
            this.dlrIdFormat = receipt;
            return this;
        }

        /** Whether receipts carry receipted_message_id and message_state TLVs. */
        public Builder receiptedMessageIdTlv(boolean value) {
            this.receiptedMessageIdTlv = value;
            return this;
        }

        /** Delay between acceptance and receipt. */
        public Builder dlrDelay(Duration value) {
            this.dlrDelay = value;
            return this;
        }

        /** After a bind, the longest wait for the ESME's first request before queued deliver_sm go. */
        public Builder deliverySettleDelay(Duration value) {
            this.deliverySettleDelay = value;
            return this;
        }

        /** Carriers this SMSC reaches. */
        public Builder carriers(List<String> value) {
            this.carriers = value;
            return this;
        }

        /** Carriers this SMSC reaches. */
        public Builder carriers(String... value) {
            return carriers(List.of(value));
        }

        /** The validated configuration. */
        public SmscConfig build() {
            return new SmscConfig(
                    name,
                    port,
                    systemId,
                    password,
                    maxSubmitsPerSecond,
                    latency,
                    submitIdFormat,
                    dlrIdFormat,
                    receiptedMessageIdTlv,
                    dlrDelay,
                    deliverySettleDelay,
                    carriers);
        }
    }
}
