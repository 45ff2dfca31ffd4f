package io.relaypay.interchange.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A one-line notice a server-rendered page shows after a form post, carried in the redirect URL
 * by its key ({@code code-wrong}) so the page can be reloaded without posting again.
 */
public interface PageNotice {

    /** The enum constant's name. */
    String name();

    /** Whether it reports something the person must fix. */
    boolean problem();

    /** The sentence shown. */
    String message();

    /** The key in URLs: the constant's name in lower case with dashes. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The notice of {@code type} with {@code key}, if there is one. */
    static <E extends Enum<E> & PageNotice> Optional<E> ofKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants())
                .filter(n -> n.key().equals(key))
                .findFirst();
    }
}
