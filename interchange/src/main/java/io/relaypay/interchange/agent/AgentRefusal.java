package io.relaypay.interchange.agent;

import io.relaypay.interchange.common.ProblemType;
import java.util.Map;
import java.util.Objects;

/**
 * A refused agent request whose problem+json carries more than a detail: the attempts left after a
 * wrong PIN, or the failed payment and its signed receipt. Plain refusals use {@code ApiException}.
 */
public final class AgentRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient ProblemType type;
    private final transient Map<String, Object> extensions;

    /** A refusal of {@code type} with {@code extensions} added to the problem's members. */
    public AgentRefusal(ProblemType type, String detail, Map<String, Object> extensions) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
        this.extensions = Map.copyOf(extensions);
    }

    /** The problem type. */
    public ProblemType type() {
        return type;
    }

    /** Extra members of the problem object. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
