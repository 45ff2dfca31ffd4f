package io.relaypay.agent.http;

import java.util.List;

/**
 * The Host header must name the agent on loopback: {@code 127.0.0.1:<port>} or {@code
 * localhost:<port>}, exactly once. A page on {@code evil.example} that re-points its own name to
 * 127.0.0.1 (DNS rebinding) sends {@code Host: evil.example} and is refused.
 */
final class HostCheck {

    private final List<String> accepted;

    HostCheck(int port) {
        this.accepted = List.of("127.0.0.1:" + port, "localhost:" + port);
    }

    boolean accepts(List<String> hostHeaders) {
        return hostHeaders != null
                && hostHeaders.size() == 1
                && accepted.contains(hostHeaders.getFirst().toLowerCase(java.util.Locale.ROOT));
    }
}
