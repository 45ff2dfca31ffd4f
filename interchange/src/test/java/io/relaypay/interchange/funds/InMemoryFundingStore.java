package io.relaypay.interchange.funds;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Funding records in a map, with the same lease rules as the JDBC store. */
final class InMemoryFundingStore implements FundingStore {

    private record Lease(String token, Instant until) {}

    private final Map<String, Funding> records = new HashMap<>();
    private final Map<String, Lease> leases = new HashMap<>();

    @Override
    public synchronized Funding startOrGet(Funding initial) {
        return records.computeIfAbsent(initial.paymentId(), id -> initial);
    }

    @Override
    public synchronized Optional<Funding> find(String paymentId) {
        return Optional.ofNullable(records.get(paymentId));
    }

    @Override
    public synchronized boolean claim(String paymentId, String token, Instant now, Instant until) {
        Lease held = leases.get(paymentId);
        if (held != null && held.until().isAfter(now)) {
            return false;
        }
        leases.put(paymentId, new Lease(token, until));
        return true;
    }

    @Override
    public synchronized boolean save(Funding next, String token) {
        Lease held = leases.get(next.paymentId());
        if (held == null || !held.token().equals(token)) {
            return false;
        }
        records.put(next.paymentId(), next);
        return true;
    }

    @Override
    public synchronized void release(String paymentId, String token) {
        Lease held = leases.get(paymentId);
        if (held != null && held.token().equals(token)) {
            leases.remove(paymentId);
        }
    }

    /** Another worker holds the payment until {@code until}. */
    synchronized void leaseToSomeoneElse(String paymentId, Instant until) {
        leases.put(paymentId, new Lease("someone-else", until));
    }
}
