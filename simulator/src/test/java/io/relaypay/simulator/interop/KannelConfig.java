package io.relaypay.simulator.interop;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A complete {@code kannel.conf} for one test run: bearerbox ({@code group = core}) with internal
 * DLR storage, one SMPP connection per simulator SMSC, an smsbox with a {@code sendsms} user, and a
 * default {@code sms-service} that forwards every MO to {@code moUrl}. Everything listens on
 * 127.0.0.1 only, on the ports given, and logs into {@code dir}.
 *
 * @param dir where the config and Kannel's logs are written
 * @param adminPort bearerbox's HTTP admin and status port
 * @param smsboxPort where bearerbox accepts smsbox
 * @param sendsmsPort smsbox's HTTP {@code /cgi-bin/sendsms} port
 * @param smscs the SMPP connections bearerbox opens
 * @param moUrl the {@code get-url} of the default sms-service, with Kannel's escape codes
 */
record KannelConfig(Path dir, int adminPort, int smsboxPort, int sendsmsPort, List<Smsc> smscs, String moUrl) {

    /** The admin and status password of this throwaway instance. */
    static final String ADMIN_PASSWORD = "kannel-it-admin";

    /** The sendsms user's name. */
    static final String SENDSMS_USER = "relaypay";

    /** The sendsms user's password. */
    static final String SENDSMS_PASSWORD = "kannel-it-send";

    /**
     * One {@code group = smsc} with {@code smsc = smpp} in transceiver mode.
     *
     * @param id Kannel's {@code smsc-id}, also the {@code smsc} parameter of sendsms that routes to it
     * @param port the SMSC's SMPP port on 127.0.0.1
     * @param systemId the bind's system_id
     * @param password the bind's password
     * @param msgIdType Kannel's {@code msg-id-type}: bit 0 set = submit_sm_resp ids are hex, bit 1
     *     set = deliver_sm receipt ids are hex; a clear bit means decimal
     */
    record Smsc(String id, int port, String systemId, String password, int msgIdType) {
        Smsc {
            Objects.requireNonNull(id, "id");
            if (msgIdType < 0 || msgIdType > 3) {
                throw new IllegalArgumentException("msg-id-type is 0..3, got " + msgIdType);
            }
        }
    }

    KannelConfig {
        // Absolute: the boxes run with this directory as their working directory.
        dir = dir.toAbsolutePath();
        smscs = List.copyOf(smscs);
        Objects.requireNonNull(moUrl, "moUrl");
    }

    /** The config file's text. */
    String render() {
        StringBuilder conf = new StringBuilder();
        group(conf, "core");
        set(conf, "admin-port", adminPort);
        set(conf, "admin-interface", "127.0.0.1");
        set(conf, "admin-password", quote(ADMIN_PASSWORD));
        set(conf, "status-password", quote(ADMIN_PASSWORD));
        set(conf, "admin-allow-ip", quote("127.0.0.1"));
        set(conf, "smsbox-port", smsboxPort);
        set(conf, "smsbox-interface", "127.0.0.1");
        set(conf, "box-allow-ip", quote("127.0.0.1"));
        // Receipts are matched to submissions in bearerbox's memory: no database needed.
        set(conf, "dlr-storage", "internal");
        set(conf, "log-file", quote(dir.resolve("bearerbox.log")));
        // Debug level: bearerbox then dumps every SMPP PDU, which is what one reads when interop breaks.
        set(conf, "log-level", 0);
        set(conf, "access-log", quote(dir.resolve("bearerbox-access.log")));
        for (Smsc smsc : smscs) {
            group(conf, "smsc");
            set(conf, "smsc", "smpp");
            set(conf, "smsc-id", quote(smsc.id()));
            // Without it, sendsms's smsc=<id> is only a preference: any SMSC may carry the message.
            set(conf, "allowed-smsc-id", quote(smsc.id()));
            set(conf, "host", "127.0.0.1");
            set(conf, "port", smsc.port());
            set(conf, "transceiver-mode", "true");
            set(conf, "smsc-username", quote(smsc.systemId()));
            set(conf, "smsc-password", quote(smsc.password()));
            // Kannel 1.4.5 refuses an SMPP group without it; "VMA" is its documented default.
            set(conf, "system-type", quote("VMA"));
            set(conf, "msg-id-type", smsc.msgIdType());
            // Short, so that the test sees several enquire_link round trips on a link that stays bound.
            set(conf, "enquire-link-interval", 1);
            // A refused first bind (simulator still starting) is retried soon, not after the 10 s default.
            set(conf, "reconnect-delay", 1);
        }
        group(conf, "smsbox");
        set(conf, "bearerbox-host", "127.0.0.1");
        set(conf, "bearerbox-port", smsboxPort);
        set(conf, "sendsms-port", sendsmsPort);
        set(conf, "sendsms-interface", "127.0.0.1");
        // Incoming UCS-2 is handed to services as UTF-8, as a web application expects it.
        set(conf, "mo-recode", "true");
        set(conf, "log-file", quote(dir.resolve("smsbox.log")));
        set(conf, "log-level", 0);
        set(conf, "access-log", quote(dir.resolve("smsbox-access.log")));
        group(conf, "sendsms-user");
        set(conf, "username", quote(SENDSMS_USER));
        set(conf, "password", quote(SENDSMS_PASSWORD));
        set(conf, "user-allow-ip", quote("127.0.0.1"));
        // Long texts are split into up to three UDH-concatenated parts.
        set(conf, "max-messages", 3);
        set(conf, "concatenation", "true");
        group(conf, "sms-service");
        set(conf, "keyword", "default");
        set(conf, "catch-all", "true");
        set(conf, "get-url", quote(moUrl));
        // The recorder's empty 200 is not a reply: send nothing back to the phone.
        set(conf, "max-messages", 0);
        set(conf, "omit-empty", "true");
        return conf.toString();
    }

    /** Starts a group; groups are separated by an empty line, as Kannel requires. */
    private static void group(StringBuilder conf, String name) {
        if (!conf.isEmpty()) {
            conf.append('\n');
        }
        set(conf, "group", name);
    }

    private static void set(StringBuilder conf, String key, Object value) {
        conf.append(key).append(" = ").append(value).append('\n');
    }

    private static String quote(Object value) {
        String text = value.toString();
        if (text.contains("\"") || text.contains("\n")) {
            throw new IllegalArgumentException("cannot quote for kannel.conf: " + text);
        }
        return '"' + text + '"';
    }
}
