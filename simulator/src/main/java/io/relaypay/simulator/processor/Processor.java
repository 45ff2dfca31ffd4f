package io.relaypay.simulator.processor;

import io.relaypay.simulator.ApiFaults;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** The processor: cards, bank transfers and stored value on one clock, with its faults. */
public final class Processor implements ProcessorControl {

    private final ProcessorConfig config;
    private final ProcessorClock clock;
    private final ApiFaults faults = new ApiFaults();
    private final Cards cards;
    private final BankTransfers bankTransfers;
    private final StoredValue storedValue;

    /** A processor whose time starts at {@code clock}'s. */
    public Processor(ProcessorConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = new ProcessorClock(clock);
        this.cards = new Cards(this.clock);
        this.bankTransfers = new BankTransfers(this.clock, config.bankSettlementDays());
        this.storedValue = new StoredValue(this.clock);
    }

    /** How it was configured. */
    public ProcessorConfig config() {
        return config;
    }

    /** The processor's clock (the network's plus every advance). */
    public Clock clock() {
        return clock;
    }

    /** The faults now in force. */
    public ApiFaults faults() {
        return faults;
    }

    @Override
    public void advance(Duration duration) {
        clock.advance(duration);
        bankTransfers.settleDue();
    }

    @Override
    public void declineAll(boolean on) {
        faults.declineAll(on);
    }

    @Override
    public void latency(Duration delay) {
        faults.latency(delay);
    }

    @Override
    public void dropResponses(int count) {
        faults.dropResponses(count);
    }

    @Override
    public void dropRequests(int count) {
        faults.dropRequests(count);
    }

    @Override
    public StoredValue.Account fundStoredValue(String email, String currency, long amount) {
        return storedValue.fund(email, currency, amount);
    }

    @Override
    public Cards cards() {
        return cards;
    }

    @Override
    public BankTransfers bankTransfers() {
        return bankTransfers;
    }

    @Override
    public StoredValue storedValue() {
        return storedValue;
    }
}
