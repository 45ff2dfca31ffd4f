/**
 * The device's identity: its P-256 key pair in a per-user PKCS#12 keystore, the secret that
 * protects it, and the device id the interchange gave at enrollment.
 */
package io.relaypay.agent.device;
