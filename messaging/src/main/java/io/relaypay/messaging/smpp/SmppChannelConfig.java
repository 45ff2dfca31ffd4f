package io.relaypay.messaging.smpp;

import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of one SMPP channel (one transceiver bind to one SMSC), each key declared once here with
 * its default and doc. The password is never printed, not even by {@link #toString()}.
 *
 * @param host SMSC host
 * @param port SMSC port
 * @param systemId bind system_id
 * @param password bind password
 * @param systemType bind system_type
 * @param bindTimeout how long to wait for bind_resp
 * @param enquireLinkInterval idle time before an enquire_link
 * @param responseTimeout how long to wait for submit_sm_resp before the outcome is unknown
 * @param reconnectInitialDelay first delay before binding again
 * @param reconnectMaxDelay cap of the exponential backoff
 * @param windowSize submit_sm outstanding at once
 * @param maxSubmitsPerSecond submit_sm per second, 0 for no limit
 * @param throttleRetryAfter retry delay suggested when the SMSC throttles
 * @param notBoundRetryAfter retry delay suggested when not bound or the SMSC fails transiently
 * @param registeredDelivery whether to ask for delivery receipts
 * @param validityPeriod whether to send the message's validity as validity_period
 * @param shortCodeTon source_addr_ton for short-code senders
 * @param shortCodeNpi source_addr_npi for short-code senders
 * @param pduProcessorDegree threads jSMPP uses to process received PDUs
 * @param receiveQueueCapacity received PDUs jSMPP queues before it throttles the SMSC
 * @param moReassemblyTimeout how long parts of a concatenated MO wait for the rest
 * @param moReassemblyMaxPending incomplete concatenated MOs held at once
 * @param submittedIdMemory submitted ids remembered to match receipts in the other base
 * @param receiptMatchWait how long a receipt with an unknown id waits for its submit_sm_resp
 */
public record SmppChannelConfig(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        Duration bindTimeout,
        Duration enquireLinkInterval,
        Duration responseTimeout,
        Duration reconnectInitialDelay,
        Duration reconnectMaxDelay,
        int windowSize,
        int maxSubmitsPerSecond,
        Duration throttleRetryAfter,
        Duration notBoundRetryAfter,
        boolean registeredDelivery,
        boolean validityPeriod,
        int shortCodeTon,
        int shortCodeNpi,
        int pduProcessorDegree,
        int receiveQueueCapacity,
        Duration moReassemblyTimeout,
        int moReassemblyMaxPending,
        int submittedIdMemory,
        Duration receiptMatchWait) {

    /** SMSC host name or address. */
    public static final ConfigKey<String> HOST = ConfigKey.string("host", "127.0.0.1", "SMSC host name or address.");
    /** SMSC port. */
    public static final ConfigKey<Integer> PORT = range("port", "2775", 1, 65_535, "SMSC SMPP port.");
    /** system_id of the bind. */
    public static final ConfigKey<String> SYSTEM_ID =
            ConfigKey.string("system-id", null, "system_id the SMSC knows this ESME by (at most 15 characters).");
    /** Password of the bind. */
    public static final ConfigKey<String> PASSWORD =
            ConfigKey.string("password", null, "Bind password (at most 8 characters); never logged.");
    /** system_type of the bind. */
    public static final ConfigKey<String> SYSTEM_TYPE =
            ConfigKey.string("system-type", "", "system_type sent in the bind; empty for most SMSCs.");
    /** Bind timeout. */
    public static final ConfigKey<Duration> BIND_TIMEOUT =
            ConfigKey.duration("bind-timeout", "10s", "How long to wait for bind_resp.");
    /** enquire_link interval. */
    public static final ConfigKey<Duration> ENQUIRE_LINK_INTERVAL = ConfigKey.duration(
            "enquire-link-interval", "30s", "Idle time after which an enquire_link checks the link.");
    /** submit_sm_resp timeout. */
    public static final ConfigKey<Duration> RESPONSE_TIMEOUT = ConfigKey.duration(
            "response-timeout", "10s", "How long to wait for a response; a submit without one has an unknown outcome.");
    /** First reconnect delay. */
    public static final ConfigKey<Duration> RECONNECT_INITIAL_DELAY = ConfigKey.duration(
            "reconnect-initial-delay", "1s", "Delay before the first bind attempt after a failure or a lost bind.");
    /** Reconnect delay cap. */
    public static final ConfigKey<Duration> RECONNECT_MAX_DELAY = ConfigKey.duration(
            "reconnect-max-delay", "60s", "Cap of the exponential, jittered delay between bind attempts.");
    /** In-flight window. */
    public static final ConfigKey<Integer> WINDOW_SIZE = range(
            "window-size", "64", 1, 10_000, "submit_sm sent and not yet answered at once, across all calling threads.");
    /** Throughput limit. */
    public static final ConfigKey<Integer> MAX_SUBMITS_PER_SECOND = range(
            "max-submits-per-second",
            "0",
            0,
            1_000_000,
            "submit_sm per second the SMSC allows this bind; senders wait for a slot. 0 means no limit.");
    /** Retry hint for throttling. */
    public static final ConfigKey<Duration> THROTTLE_RETRY_AFTER = ConfigKey.duration(
            "throttle-retry-after",
            "1s",
            "Retry delay suggested when the SMSC answers ESME_RTHROTTLED or ESME_RMSGQFUL.");
    /** Retry hint when not bound. */
    public static final ConfigKey<Duration> NOT_BOUND_RETRY_AFTER = ConfigKey.duration(
            "not-bound-retry-after", "5s", "Retry delay suggested when not bound or the SMSC fails transiently.");
    /** Delivery receipts. */
    public static final ConfigKey<Boolean> REGISTERED_DELIVERY = ConfigKey.bool(
            "registered-delivery", "true", "Ask the SMSC for a delivery receipt on success and failure.");
    /** validity_period. */
    public static final ConfigKey<Boolean> VALIDITY_PERIOD =
            ConfigKey.bool("validity-period", "true", "Send the message's expiry as an absolute validity_period.");
    /** TON of short-code senders. */
    public static final ConfigKey<Integer> SHORT_CODE_TON = range(
            "short-code-ton", "3", 0, 6, "source_addr_ton for short-code senders: 3 network specific, 0 unknown.");
    /** NPI of short-code senders. */
    public static final ConfigKey<Integer> SHORT_CODE_NPI =
            range("short-code-npi", "0", 0, 18, "source_addr_npi for short-code senders.");
    /** jSMPP PDU processor threads. */
    public static final ConfigKey<Integer> PDU_PROCESSOR_DEGREE =
            range("pdu-processor-degree", "4", 1, 64, "Threads processing received PDUs (responses, receipts, MOs).");
    /** jSMPP receive queue. */
    public static final ConfigKey<Integer> RECEIVE_QUEUE_CAPACITY = range(
            "receive-queue-capacity",
            "10000",
            16,
            1_000_000,
            "Received PDUs queued for processing; beyond it the SMSC is answered ESME_RTHROTTLED.");
    /** MO reassembly timeout. */
    public static final ConfigKey<Duration> MO_REASSEMBLY_TIMEOUT = ConfigKey.duration(
            "mo-reassembly-timeout", "PT5M", "How long parts of a concatenated MO wait for the missing ones.");
    /** MO reassembly bound. */
    public static final ConfigKey<Integer> MO_REASSEMBLY_MAX_PENDING = range(
            "mo-reassembly-max-pending",
            "10000",
            1,
            10_000_000,
            "Incomplete concatenated MOs held at once; the oldest is dropped beyond it.");
    /** Id memory for hex/decimal matching. */
    public static final ConfigKey<Integer> SUBMITTED_ID_MEMORY = range(
            "submitted-id-memory",
            "200000",
            1,
            100_000_000,
            "Submitted message ids remembered to match receipts that report them in the other base.");

    /** Wait for an overtaken submit_sm_resp. */
    public static final ConfigKey<Duration> RECEIPT_MATCH_WAIT = ConfigKey.duration(
            "receipt-match-wait",
            "2s",
            "How long a receipt whose id matches no submitted id waits for the submit_sm_resp it may have"
                    + " overtaken; then it is reported with the id as the SMSC wrote it.");

    /** Every key, in documentation order. */
    public static final List<ConfigKey<?>> KEYS = List.of(
            HOST,
            PORT,
            SYSTEM_ID,
            PASSWORD,
            SYSTEM_TYPE,
            BIND_TIMEOUT,
            ENQUIRE_LINK_INTERVAL,
            RESPONSE_TIMEOUT,
            RECONNECT_INITIAL_DELAY,
            RECONNECT_MAX_DELAY,
            WINDOW_SIZE,
            MAX_SUBMITS_PER_SECOND,
            THROTTLE_RETRY_AFTER,
            NOT_BOUND_RETRY_AFTER,
            REGISTERED_DELIVERY,
            VALIDITY_PERIOD,
            SHORT_CODE_TON,
            SHORT_CODE_NPI,
            PDU_PROCESSOR_DEGREE,
            RECEIVE_QUEUE_CAPACITY,
            MO_REASSEMBLY_TIMEOUT,
            MO_REASSEMBLY_MAX_PENDING,
            SUBMITTED_ID_MEMORY,
            RECEIPT_MATCH_WAIT);

    /** Checks what the keys cannot: durations positive, backoff ordered. */
    public SmppChannelConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(systemType, "systemType");
        for (Duration d : List.of(
                bindTimeout,
                enquireLinkInterval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                moReassemblyTimeout,
                receiptMatchWait)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive: " + d);
            }
        }
        if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
            throw new IllegalArgumentException("reconnect-max-delay must not be below reconnect-initial-delay");
        }
    }

    /** Reads validated settings. */
    public static SmppChannelConfig from(ChannelSettings s) {
        return new SmppChannelConfig(
                s.get(HOST),
                s.get(PORT),
                s.get(SYSTEM_ID),
                s.get(PASSWORD),
                s.get(SYSTEM_TYPE),
                s.get(BIND_TIMEOUT),
                s.get(ENQUIRE_LINK_INTERVAL),
                s.get(RESPONSE_TIMEOUT),
                s.get(RECONNECT_INITIAL_DELAY),
                s.get(RECONNECT_MAX_DELAY),
                s.get(WINDOW_SIZE),
                s.get(MAX_SUBMITS_PER_SECOND),
                s.get(THROTTLE_RETRY_AFTER),
                s.get(NOT_BOUND_RETRY_AFTER),
                s.get(REGISTERED_DELIVERY),
                s.get(VALIDITY_PERIOD),
                s.get(SHORT_CODE_TON),
                s.get(SHORT_CODE_NPI),
                s.get(PDU_PROCESSOR_DEGREE),
                s.get(RECEIVE_QUEUE_CAPACITY),
                s.get(MO_REASSEMBLY_TIMEOUT),
                s.get(MO_REASSEMBLY_MAX_PENDING),
                s.get(SUBMITTED_ID_MEMORY),
                s.get(RECEIPT_MATCH_WAIT));
    }

    /** Validates and reads raw text settings. */
    public static SmppChannelConfig from(Map<String, String> settings) {
        return from(ChannelSettings.of(KEYS, settings));
    }

    @Override
    public String toString() {
        return "SmppChannelConfig[" + systemId + "@" + host + ":" + port + ", window=" + windowSize
                + ", maxSubmitsPerSecond=" + maxSubmitsPerSecond + "]";
    }

    private static ConfigKey<Integer> range(String name, String defaultValue, int min, int max, String doc) {
        return new ConfigKey<>(name, defaultValue, doc + " (" + min + " to " + max + ")", text -> {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException("must be " + min + " to " + max);
            }
            return value;
        });
    }
}
