package io.relaypay.simulator.smsc;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.jsmpp.DefaultPDUReader;
import org.jsmpp.SMPPConstant;

/**
 * Reads one ESME's PDUs for jSMPP's server session, with two additions.
 *
 * <p>A header-only {@code deliver_sm_resp} gets its body back. SMPP 3.4 lets a negative response
 * omit the body, and jSMPP's client does exactly that when a deliver_sm reaches it before it has
 * moved to a bound state ({@code ESME_RINVBNDSTS}). jSMPP 3.0.2's server decodes every
 * deliver_sm_resp as if it carried the {@code message_id} C-string ({@code
 * SMPPServerSessionBoundRX.processDeliverSmResp0} → {@code DefaultDecomposer.deliverSmResp} →
 * {@code SequentialBytesReader.readCString}), which runs past the end of a 16-byte PDU: an
 * ArrayIndexOutOfBoundsException escapes its PDU task (it only catches IOException), the pending
 * deliver_sm is already removed from the window and so waits out its whole response timeout. With
 * the NULL {@code message_id} (the field's only legal value) appended, the response decodes, the
 * sender sees a NegativeResponseException at once and the queue retries later.
 *
 * <p>And every request other than a bind tells {@link #onRequest} that the ESME is talking to us
 * after its bind, which proves it has handled the bind_resp (see {@link BoundSessions}).
 */
final class EsmePduReader extends DefaultPDUReader {

    private static final int HEADER_LENGTH = 16;
    private static final int RESPONSE_BIT = 0x80000000;

    private volatile Runnable onRequest = () -> {};

    /** What to run for each request PDU the ESME sends that is not a bind. */
    void onRequest(Runnable action) {
        this.onRequest = action;
    }

    @Override
    public byte[] readPDU(DataInputStream in, int commandLength, int commandId, int commandStatus, int sequenceNumber)
            throws IOException {
        byte[] pdu = super.readPDU(in, commandLength, commandId, commandStatus, sequenceNumber);
        if (commandId == SMPPConstant.CID_DELIVER_SM_RESP && pdu.length == HEADER_LENGTH) {
            // The header keeps command_length 16; jSMPP's decoder reads the array, not the length.
            return Arrays.copyOf(pdu, HEADER_LENGTH + 1);
        }
        if ((commandId & RESPONSE_BIT) == 0 && !isBind(commandId)) {
            onRequest.run();
        }
        return pdu;
    }

    private static boolean isBind(int commandId) {
        return commandId == SMPPConstant.CID_BIND_RECEIVER
                || commandId == SMPPConstant.CID_BIND_TRANSMITTER
                || commandId == SMPPConstant.CID_BIND_TRANSCEIVER;
    }
}
