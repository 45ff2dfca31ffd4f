package io.relaypay.messaging.smpp.codec;

/**
 * Bytes or text from an SMSC that do not follow SMPP 3.4 or the formats carried in it (user data
 * headers, data codings, delivery receipt text). Every parser of outside input in this package
 * and in {@code io.relaypay.messaging.smpp.inbound} throws only this, so a caller can answer the
 * PDU with {@link #commandStatus()} and keep the session.
 */
public class SmppFormatException extends IllegalArgumentException {

    /** ESME_RX_P_APPN: a permanent application error; the SMSC should not redeliver. */
    public static final int PERMANENT_APP_ERROR = 0x65;

    private final int commandStatus;

    /** A malformed input answered with {@link #PERMANENT_APP_ERROR}. */
    public SmppFormatException(String reason) {
        this(reason, PERMANENT_APP_ERROR);
    }

    /** A malformed input answered with the given SMPP {@code command_status}. */
    public SmppFormatException(String reason, int commandStatus) {
        super(reason);
        this.commandStatus = commandStatus;
    }

    /** The SMPP {@code command_status} to answer the offending PDU with. */
    public int commandStatus() {
        return commandStatus;
    }
}
