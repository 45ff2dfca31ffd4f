/**
 * The demo shop: a small store with its own backend that takes payments through the Relaypay SDK,
 * the way a merchant integrates. Orders live in H2; the buyer pays on Relaypay's hosted checkout; a
 * signed webhook (or a re-check when the buyer returns) marks the order paid.
 */
package io.relaypay.examples.shop;
