/**
 * The agent's loopback HTTP API and the rules that keep a hostile page on the same machine from
 * using it: Host, Origin, CORS and private-network preflights, JSON-only bodies, size and rate limits.
 */
package io.relaypay.agent.http;
