package io.relaypay.agent.messages;

import io.relaypay.agent.interchange.AgentMessage;

/** Where the agent shows a text it received to the person at the device. */
@FunctionalInterface
public interface MessageDisplay {

    /** Shows {@code message}; must not block for long, the poller waits for it. */
    void show(AgentMessage message);
}
