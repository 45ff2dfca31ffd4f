package io.relaypay.interchange.funds;

import io.relaypay.interchange.payments.SettledFundings;
import java.util.Objects;
import java.util.Optional;

/** A paid payment's funding method and merchant fee, from the record its settlement kept. */
public final class SettledFundingLookup implements SettledFundings {

    private final FundingStore store;

    /** Lookups in {@code store}. */
    public SettledFundingLookup(FundingStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<Settled> of(String paymentId) {
        return store.find(paymentId)
                .filter(funding -> funding.state() == FundingState.SETTLED)
                .map(funding -> new Settled(funding.method().wire(), funding.fee()));
    }
}
