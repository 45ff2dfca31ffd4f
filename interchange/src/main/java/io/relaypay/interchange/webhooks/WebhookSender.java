package io.relaypay.interchange.webhooks;

/**
 * Posts a signed event to a merchant over HTTP. Never throws for what the network or the merchant
 * does: every such case is a {@link SendOutcome}.
 */
@FunctionalInterface
public interface WebhookSender {

    /** Posts {@code request} and reports what came of it. */
    SendOutcome post(WebhookRequest request);
}
