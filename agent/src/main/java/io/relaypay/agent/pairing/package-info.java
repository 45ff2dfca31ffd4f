/** Native apps paired with the agent, known by the hash of the token they were given once. */
package io.relaypay.agent.pairing;
