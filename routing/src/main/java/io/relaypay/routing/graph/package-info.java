/**
 * Least-cost routing over controller paths: a graph of the interchange, controllers, carriers and
 * the phone, with a cost model and capabilities on every edge; a router that picks the cheapest
 * path able to carry a message given live usage counters and controller health, with ordered
 * fallbacks and an explanation.
 */
package io.relaypay.routing.graph;
