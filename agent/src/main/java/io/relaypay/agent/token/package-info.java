/** Merchants' payment tokens: checked against the merchant's published key, single use, short-lived. */
package io.relaypay.agent.token;
