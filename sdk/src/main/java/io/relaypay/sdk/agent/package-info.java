/**
 * Merchant side of paying through the local Relaypay agent: sign payment tokens
 * ({@link io.relaypay.sdk.agent.PaymentTokens}) and verify the interchange's signed receipts
 * ({@link io.relaypay.sdk.agent.Receipts}). See docs/agent-protocol.md.
 */
package io.relaypay.sdk.agent;
