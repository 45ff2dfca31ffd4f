/** The agent's side of the interchange's {@code /agent/v1} API: keys, enrollment, device-signed payments. */
package io.relaypay.agent.interchange;
