package io.relaypay.ledger.domain;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of an account's transfers, newest first.
 *
 * @param transfers at most the requested number
 * @param nextBefore pass as {@code before} to get the next (older) page; empty on the last page
 */
public record TransferPage(List<TransferRecord> transfers, OptionalLong nextBefore) {

    /** Copies the list. */
    public TransferPage {
        transfers = List.copyOf(transfers);
        Objects.requireNonNull(nextBefore, "nextBefore");
    }
}
