/**
 * The decision engine: whether a payment may happen at all, and how strongly the payer must confirm
 * it. Rules are data ({@link io.relaypay.routing.decision.RuleSet}), compiled once into arrays per
 * country and carrier ({@link io.relaypay.routing.decision.DecisionEngine}) and swapped atomically
 * at runtime ({@link io.relaypay.routing.decision.RuleBook}). No I/O: the caller passes the rule
 * text, the request and a snapshot of the running totals and fraud signals.
 */
package io.relaypay.routing.decision;
