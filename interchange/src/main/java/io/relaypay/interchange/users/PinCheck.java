package io.relaypay.interchange.users;

import java.time.Instant;

/** What checking a PIN found. */
public sealed interface PinCheck {

    /** The PIN is right. */
    record Correct() implements PinCheck {}

    /** The PIN is wrong; {@code triesLeft} more wrong ones lock PIN entry. */
    record Wrong(int triesLeft) implements PinCheck {}

    /** Too many wrong PINs: nothing is checked before {@code until}. */
    record Locked(Instant until) implements PinCheck {}

    /** The user has no PIN yet. */
    record NotSet() implements PinCheck {}
}
