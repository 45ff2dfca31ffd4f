package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One page of a list, newest first.
 *
 * @param data the items on this page
 * @param hasMore whether more items follow the last one
 * @param <T> the kind of item
 */
public record Page<T>(List<T> data, boolean hasMore) {

    /** Copies the list, so a page never changes. */
    public Page {
        data = List.copyOf(requireNonNull(data, "data"));
    }
}
