/**
 * The agent as the phone's free route: while the agent runs it keeps fetching the texts the
 * interchange sends over it (long polls, device-signed) and shows them to the person, so a
 * confirmation code arrives without an SMS. An agent that stops fetching is no route: the
 * interchange sends by SMS again.
 */
package io.relaypay.agent.messages;
