/** One payment through the agent: token, caller, prompt, sealed PIN, interchange, receipt. */
package io.relaypay.agent.payment;
