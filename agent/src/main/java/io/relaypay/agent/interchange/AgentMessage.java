package io.relaypay.agent.interchange;

import java.util.Objects;

/**
 * A text the interchange sent the person over the agent instead of an SMS: a confirmation code or
 * a notice.
 *
 * @param id {@code am_…}
 * @param text what an SMS would have said
 */
public record AgentMessage(String id, String text) {
    /** Requires both. */
    public AgentMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
