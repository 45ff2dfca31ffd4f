/**
 * The local payment agent: a daemon on the loopback interface that pays for upper-layer programs (a
 * page, a game) with its own PIN prompt, so the program never sees the PIN or the device key.
 */
package io.relaypay.agent;
