/**
 * The agent's own prompts: the PIN for a payment and the approval of a native app's pairing. The
 * caller never sees them; it only learns the outcome.
 */
package io.relaypay.agent.prompt;
