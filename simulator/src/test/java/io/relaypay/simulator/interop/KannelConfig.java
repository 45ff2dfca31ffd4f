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
        Objects.requireNonNull(dir, "dir");
        smscs = List.copyOf(smscs);
        Objects.requireNonNull(moUrl, "moUrl");
    }

    /** The config file's text. */
    String render() {
        StringBuilder conf = new StringBuilder();
        conf.append("group = core\n")
                .append("admin-port = ")
                .append(adminPort)
                .append('\n')
                .append("admin-interface = 127.0.0.1\n")
                .append("admin-password = ")
                .append(quote(ADMIN_PASSWORD))
                .append('\n')
                .append("status-password = ")
                .append(quote(ADMIN_PASSWORD))
                .append('\n')
                .append("admin-allow-ip = \"127.0.0.1\"\n")
                .append("smsbox-port = ")
                .append(smsboxPort)
                .append('\n')
                .append("smsbox-interface = 127.0.0.1\n")
                .append("box-allow-ip = \"127.0.0.1\"\n")
                // Receipts are matched to submissions in bearerbox's memory: no database needed.
                .append("dlr-storage = internal\n")
                .append("log-file = ")
                .append(quote(dir.resolve("bearerbox.log")))
                .append('\n')
                // Debug level: bearerbox then dumps every SMPP PDU, which is what one reads when interop breaks.
                .append("log-level = 0\n")
                .append("access-log = ")
                .append(quote(dir.resolve("bearerbox-access.log")))
                .append("\n\n");
        for (Smsc smsc : smscs) {
            conf.append("group = smsc\n")
                    .append("smsc = smpp\n")
                    .append("smsc-id = ")
                    .append(quote(smsc.id()))
                    .append('\n')
                    .append("host = 127.0.0.1\n")
                    .append("port = ")
                    .append(smsc.port())
                    .append('\n')
                    .append("transceiver-mode = true\n")
                    .append("smsc-username = ")
                    .append(quote(smsc.systemId()))
                    .append('\n')
                    .append("smsc-password = ")
                    .append(quote(smsc.password()))
                    .append('\n')
                    // Kannel 1.4.5 refuses an SMPP group without it; "VMA" is its documented default.
                    .append("system-type = \"VMA\"\n")
                    .append("msg-id-type = ")
                    .append(smsc.msgIdType())
                    .append('\n')
                    .append("enquire-link-interval = 30\n")
                    // A refused first bind (simulator still starting) is retried soon, not after the 10 s default.
                    .append("reconnect-delay = 1\n\n");
        }
        conf.append("group = smsbox\n")
                .append("bearerbox-host = 127.0.0.1\n")
                .append("bearerbox-port = ")
                .append(smsboxPort)
                .append('\n')
                .append("sendsms-port = ")
                .append(sendsmsPort)
                .append('\n')
                .append("sendsms-interface = 127.0.0.1\n")
                // Incoming UCS-2 is handed to services as UTF-8, as a web application expects it.
                .append("mo-recode = true\n")
                .append("log-file = ")
                .append(quote(dir.resolve("smsbox.log")))
                .append('\n')
                .append("log-level = 0\n")
                .append("access-log = ")
                .append(quote(dir.resolve("smsbox-access.log")))
                .append("\n\n");
        conf.append("group = sendsms-user\n")
                .append("username = ")
                .append(quote(SENDSMS_USER))
                .append('\n')
                .append("password = ")
                .append(quote(SENDSMS_PASSWORD))
                .append('\n')
                .append("user-allow-ip = \"127.0.0.1\"\n")
                .append("max-messages = 3\n")
                .append("concatenation = true\n\n");
        conf.append("group = sms-service\n")
                .append("keyword = default\n")
                .append("catch-all = true\n")
                .append("get-url = ")
                .append(quote(moUrl))
                .append('\n')
                // The recorder's empty 200 is not a reply: send nothing back to the phone.
                .append("max-messages = 0\n")
                .append("omit-empty = true\n");
        return conf.toString();
    }

    private static String quote(Object value) {
        String text = value.toString();
        if (text.contains("\"") || text.contains("\n")) {
            throw new IllegalArgumentException("cannot quote for kannel.conf: " + text);
        }
        return '"' + text + '"';
    }
}
