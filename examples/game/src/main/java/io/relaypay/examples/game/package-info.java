/**
 * A small game that sells its later stages: {@link io.relaypay.examples.game.GameServer} is the
 * merchant (it signs payment tokens and verifies receipts with the SDK), {@link
 * io.relaypay.examples.game.GameClient} the player's program, which pays through the local agent.
 */
package io.relaypay.examples.game;
