/**
 * What one more message costs on an edge, in integer micro-units (one millionth of the currency's
 * major unit) so sums are exact: flat, subscription with a quota, volume tiers, free, and sums of
 * these.
 */
package io.relaypay.routing.cost;
