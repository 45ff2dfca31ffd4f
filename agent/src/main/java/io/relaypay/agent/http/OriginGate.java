package io.relaypay.agent.http;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a browser's Origin may use the agent for a merchant: it must be one well-formed {@code
 * scheme://host[:port]} equal, character for character, to one of the merchant's allowed origins.
 * No suffix or prefix matching, no case folding, no {@code null} (sandboxed frames, file pages,
 * redirects), no wildcard.
 */
final class OriginGate {

    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.\\-\\[\\]:]+(:[0-9]{1,5})?");

    private OriginGate() {}

    /** The request's single Origin header, empty if it sent none; refused if it sent several. */
    static Optional<String> originOf(List<String> originHeaders) {
        if (originHeaders == null || originHeaders.isEmpty()) {
            return Optional.empty();
        }
        if (originHeaders.size() > 1) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
        return Optional.of(originHeaders.getFirst());
    }

    /** {@code origin} itself when it is well-formed and allowed, else the uniform refusal. */
    static String admit(String origin, Set<String> allowed) {
        if (!ORIGIN.matcher(origin).matches() || !allowed.contains(origin)) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
        return origin;
    }

    /** Refuses at once what can never be allowed, before the agent asks anyone about the merchant. */
    static void refuseMalformed(String origin) {
        if (!ORIGIN.matcher(origin).matches()) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
    }
}
