package io.relaypay.simulator;

import java.time.Duration;
import java.util.List;

/**
 * Runtime control of one SMSC: fault injection and counters. Thread-safe; every change takes
 * effect for the next PDU.
 */
public interface SmscControl {

    /** Answers the next {@code count} {@code submit_sm} with {@code commandStatus} (e.g. 0x0B). */
    void rejectNext(int count, int commandStatus);

    /** While on, answers every {@code submit_sm} with {@code ESME_RTHROTTLED} (0x58). */
    void throttle(boolean on);

    /** Closes every bound session's socket abruptly, without an {@code unbind}. */
    void dropBinds();

    /** Delay between accepting a message and sending its receipt, from now on. */
    void delayReceipts(Duration delay);

    /** While on, receipts are not generated at all (they are lost, as on a broken SMSC). */
    void dropReceipts(boolean drop);

    /** Changes how ids are rendered in {@code submit_sm_resp} and in receipts, from now on. */
    void idFormats(IdFormat submitResp, IdFormat receipt);

    /**
     * Treats the ESME's {@code ESME_ROK} to the next {@code count} MO {@code deliver_sm} as lost, so
     * each of those MOs is delivered again after the redelivery interval, as a real SMSC does when
     * the {@code deliver_sm_resp} does not reach it. Receipts are not affected.
     */
    void loseNextMoAcks(int count);

    /** Refuses new binds while on (bind_resp {@code ESME_RBINDFAIL}), e.g. to test reconnect backoff. */
    void refuseBinds(boolean refuse);

    /** {@code submit_sm} answered with {@code ESME_ROK} so far. */
    long submitsAccepted();

    /** {@code submit_sm} answered with an error status so far. */
    long submitsRejected();

    /** The most recent accepted submit_sm (up to 10,000), oldest first; a snapshot. */
    List<SubmitSmRecord> recentSubmits();

    /** Sessions currently bound (any bind type). */
    int boundSessions();

    /** {@code deliver_sm} (receipts and MOs) waiting for a bound receiver or for a retry. */
    int queuedDeliveries();

    /** {@code deliver_sm} acknowledged by an ESME with {@code ESME_ROK} so far. */
    long deliveriesAcknowledged();
}
