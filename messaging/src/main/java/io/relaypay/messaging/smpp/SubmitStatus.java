package io.relaypay.messaging.smpp;

import io.relaypay.messaging.channel.SendResult;
import java.time.Duration;
import java.util.Map;

/**
 * What a negative submit_sm_resp means for the sender. The SMSC did not take the message in any
 * case; the question is whether the same route may take it later (throttled, queue full, not
 * bound, a transient SMSC fault) or never (bad address, bad parameters, barred).
 */
final class SubmitStatus {

    static final int ESME_RINVBNDSTS = 0x04;
    static final int ESME_RSYSERR = 0x08;
    static final int ESME_RINVDSTADR = 0x0B;
    static final int ESME_RMSGQFUL = 0x14;
    static final int ESME_RTHROTTLED = 0x58;
    static final int ESME_RX_T_APPN = 0x64;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x01, "ESME_RINVMSGLEN"),
            Map.entry(0x02, "ESME_RINVCMDLEN"),
            Map.entry(0x03, "ESME_RINVCMDID"),
            Map.entry(ESME_RINVBNDSTS, "ESME_RINVBNDSTS"),
            Map.entry(ESME_RSYSERR, "ESME_RSYSERR"),
            Map.entry(0x0A, "ESME_RINVSRCADR"),
            Map.entry(ESME_RINVDSTADR, "ESME_RINVDSTADR"),
            Map.entry(ESME_RMSGQFUL, "ESME_RMSGQFUL"),
            Map.entry(0x15, "ESME_RINVSERTYP"),
            Map.entry(0x45, "ESME_RSUBMITFAIL"),
            Map.entry(0x48, "ESME_RINVSRCTON"),
            Map.entry(0x49, "ESME_RINVSRCNPI"),
            Map.entry(0x50, "ESME_RINVDSTTON"),
            Map.entry(0x51, "ESME_RINVDSTNPI"),
            Map.entry(ESME_RTHROTTLED, "ESME_RTHROTTLED"),
            Map.entry(0x61, "ESME_RINVSCHED"),
            Map.entry(0x62, "ESME_RINVEXPIRY"),
            Map.entry(ESME_RX_T_APPN, "ESME_RX_T_APPN"),
            Map.entry(0x65, "ESME_RX_P_APPN"),
            Map.entry(0x66, "ESME_RX_R_APPN"),
            Map.entry(0xC0, "ESME_ROPTPARNOTALLWD"),
            Map.entry(0xC1, "ESME_RINVPARLEN"),
            Map.entry(0xC2, "ESME_RMISSINGOPTPARAM"),
            Map.entry(0xC3, "ESME_RINVOPTPARAMVAL"),
            Map.entry(0xFE, "ESME_RDELIVERYFAILURE"),
            Map.entry(0xFF, "ESME_RUNKNOWNERR"));

    private SubmitStatus() {}

    /** {@code ESME_RTHROTTLED (0x58)} and the like, for logs and reasons. */
    static String describe(int status) {
        return NAMES.getOrDefault(status, "status") + " (0x%02X)".formatted(status);
    }

    /** The result of a submit_sm answered with {@code status} when no earlier part was accepted. */
    static SendResult result(int status, Duration throttleRetryAfter, Duration transientRetryAfter) {
        String reason = "SMSC answered " + describe(status);
        return switch (status) {
            case ESME_RTHROTTLED, ESME_RMSGQFUL -> new SendResult.Retryable(reason, throttleRetryAfter);
            case ESME_RINVBNDSTS, ESME_RSYSERR, ESME_RX_T_APPN -> new SendResult.Retryable(reason, transientRetryAfter);
            default -> new SendResult.Rejected(reason);
        };
    }
}
