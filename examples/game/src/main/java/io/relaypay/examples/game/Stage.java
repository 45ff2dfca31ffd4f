package io.relaypay.examples.game;

import java.util.List;
import java.util.Optional;

/**
 * A stage of the game and its price; the first is free.
 *
 * @param number 1, 2, …
 * @param name what the player sees
 * @param price minor units, 0 for a free stage
 * @param currency ISO 4217
 */
public record Stage(int number, String name, long price, String currency) {

    /** The game's stages, in order. */
    public static final List<Stage> ALL = List.of(
            new Stage(1, "The Meadow", 0, "EUR"),
            new Stage(2, "The Caves", 199, "EUR"),
            new Stage(3, "The Tower", 299, "EUR"));

    /** The stage numbered {@code number}. */
    public static Optional<Stage> find(int number) {
        return ALL.stream().filter(s -> s.number() == number).findFirst();
    }

    /** Whether it must be bought. */
    public boolean locked() {
        return price > 0;
    }
}
