package io.relaypay.examples.shop;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;

/**
 * How the shop pays through the buyer's local Relaypay agent; without these the shop offers only
 * the hosted checkout.
 *
 * @param merchant the shop's merchant account id ({@code acct_…}), the tokens' {@code merchant}
 * @param kid the id of the shop's registered agent key
 * @param keyFile the agent key's private half, a PKCS#8 PEM file
 * @param agentUrl where buyers' agents listen
 */
public record AgentSettings(String merchant, String kid, Path keyFile, URI agentUrl) {

    /** The agent's address unless told otherwise. */
    public static final URI DEFAULT_AGENT_URL = URI.create("http://127.0.0.1:47650");

    /** Checks the settings. */
    public AgentSettings {
        requireNonNull(merchant, "merchant");
        requireNonNull(kid, "kid");
        requireNonNull(keyFile, "keyFile");
        requireNonNull(agentUrl, "agentUrl");
    }
}
