/**
 * The card, bank and stored-value processor the interchange funds deposits through: card
 * tokenization, authorize, capture, void and refund with Stripe-like test card numbers, a 3-D
 * Secure-like challenge, ACH-style bank debits and credits that settle or return days later by the
 * processor's own clock, and stored-value accounts named by an email address. The HTTP API is in
 * {@code http}; this package holds the processor's rules.
 */
package io.relaypay.simulator.processor;
