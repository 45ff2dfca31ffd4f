package io.relaypay.interchange.agent;

import java.util.Optional;

/** Where spent payment tokens are kept. */
public interface AgentPaymentStore {

    /**
     * Stores a spent token.
     *
     * @return false, storing nothing, when its nonce was spent before
     */
    boolean insert(AgentPayment payment);

    /** The spent token of a nonce. */
    Optional<AgentPayment> find(String nonce);

    /** Stores the receipt of the payment once it ended. */
    void receipt(String nonce, String receipt);
}
