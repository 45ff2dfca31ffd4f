package io.relaypay.interchange.settlement;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one party's account in one currency and mode over a period, every number the
 * sum of ledger movements: {@code closing = opening + net − payouts + other}.
 *
 * <p>For a merchant: {@code gross} is what its payments brought in, {@code fees} Relaypay's fees,
 * {@code refunds} what it gave back, {@code shares} 0. For a carrier: {@code gross} is what it
 * billed to subscribers for Relaypay, {@code shares} what it keeps, {@code payouts} what it
 * remitted; the balance is what it still owes.
 *
 * @param party the merchant id or carrier name
 * @param currency ISO-4217 code
 * @param livemode test or live money
 * @param period the period
 * @param opening the balance at the start
 * @param gross money in
 * @param shares the carrier's share
 * @param fees the fees charged
 * @param refunds the refunds given (a carrier's: refunds to the phone bill, less the share it gives back)
 * @param net {@code gross − shares − fees − refunds}
 * @param payouts paid out (to a merchant) or remitted (by a carrier)
 * @param other movements of no kind above (none today; shown so the sum always holds)
 * @param closing the balance at the end
 * @param lines each movement in the period, oldest first
 */
public record Statement(
        String party,
        String currency,
        boolean livemode,
        Period period,
        long opening,
        long gross,
        long shares,
        long fees,
        long refunds,
        long net,
        long payouts,
        long other,
        long closing,
        List<Movement> lines)
        implements Totals {

    /** Copies the lines and checks that the numbers add up. */
    public Statement {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        lines = List.copyOf(lines);
        if (net != gross - shares - fees - refunds || closing != opening + net - payouts + other) {
            throw new IllegalArgumentException("statement numbers do not add up");
        }
    }

    @Override
    public java.util.SequencedMap<String, Long> totals() {
        java.util.SequencedMap<String, Long> totals = new java.util.LinkedHashMap<>();
        totals.put("opening", opening);
        totals.put("gross", gross);
        totals.put("shares", shares);
        totals.put("fees", fees);
        totals.put("refunds", refunds);
        totals.put("net", net);
        totals.put("payouts", payouts);
        totals.put("other", other);
        totals.put("closing", closing);
        return totals;
    }
}
