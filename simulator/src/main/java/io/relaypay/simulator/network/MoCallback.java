package io.relaypay.simulator.network;

/** An HTTP endpoint every MO is also reported to (Kannel-style GET or JSON POST). */
public interface MoCallback {

    /** Reports the MO; retries on its own until the endpoint answers 2xx. */
    void report(MoMessage mo);
}
