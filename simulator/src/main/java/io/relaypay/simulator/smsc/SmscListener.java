package io.relaypay.simulator.smsc;

import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;

/**
 * jSMPP's callbacks for one SMSC: submit_sm goes to the {@link SubmitHandler}; a receipt is queued
 * once its submit_sm_resp was written. Operations the simulator does not offer answer {@code
 * ESME_RINVCMDID}.
 */
final class SmscListener implements ServerMessageReceiverListener, ServerResponseDeliveryListener {

    private static final int ESME_RINVCMDID = 0x03;

    private final SubmitHandler submits;
    private final OutboundQueue outbound;

    SmscListener(SubmitHandler submits, OutboundQueue outbound) {
        this.submits = submits;
        this.outbound = outbound;
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        return submits.submit(submitSm);
    }

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
        scheduleReceipt(result);
    }

    @Override
    public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession source) {
        // The message was accepted and delivered even if the ESME never heard so; a real SMSC
        // still reports it.
        scheduleReceipt(result);
    }

    private void scheduleReceipt(SubmitSmResult result) {
        if (result instanceof AcceptedSubmit accepted) {
            accepted.receipt().ifPresent(receipt -> outbound.add(receipt, accepted.receiptDelay()));
        }
    }

    @Override
    public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession source) {}

    @Override
    public void onSubmitMultiRespError(SubmitMultiResult result, Exception cause, SMPPServerSession source) {}

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("submit_multi");
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("query_sm");
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("replace_sm");
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("cancel_sm");
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("broadcast_sm");
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("cancel_broadcast_sm");
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("query_broadcast_sm");
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported("data_sm");
    }

    private static ProcessRequestException unsupported(String command) {
        return new ProcessRequestException(command + " is not supported by the simulator", ESME_RINVCMDID);
    }
}
