/**
 * The interchange side of the local payment agent (docs/agent-protocol.md): merchants' token-signing
 * keys, device enrollment by SMS code, device-signed requests, and payments by payment token and
 * sealed PIN answered with a signed receipt.
 */
package io.relaypay.interchange.agent;
