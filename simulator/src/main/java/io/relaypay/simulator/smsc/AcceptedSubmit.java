package io.relaypay.simulator.smsc;

import java.time.Duration;
import java.util.Optional;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * A submit_sm_resp that carries the receipt to schedule once the response is on the wire, so a
 * receipt can never overtake the response that tells the ESME its id.
 */
final class AcceptedSubmit extends SubmitSmResult {

    private final Optional<OutboundSm> receipt;
    private final Duration receiptDelay;

    AcceptedSubmit(MessageId messageId, Optional<OutboundSm> receipt, Duration receiptDelay) {
        super(messageId, new OptionalParameter[0]);
        this.receipt = receipt;
        this.receiptDelay = receiptDelay;
    }

    Duration receiptDelay() {
        return receiptDelay;
    }

    Optional<OutboundSm> receipt() {
        return receipt;
    }
}
