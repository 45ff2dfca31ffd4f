package io.relaypay.interchange.settlement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * What happened to a user's wallet in one currency and mode over a period, every number a sum of
 * ledger movements: {@code closing = opening + deposits + bonuses + refunds − purchases − fees +
 * other}.
 *
 * @param userId the user
 * @param currency ISO-4217 code
 * @param livemode test or live money
 * @param period the period
 * @param opening the balance at the start
 * @param deposits money in: top-ups, what carriers billed for the user (operator billing,
 *     premium SMS deposits) and card, bank and stored-value deposits, less what was given back to
 *     the card, bank, stored-value account or phone bill
 * @param bonuses promotion credit
 * @param refunds refunds received from merchants
 * @param purchases payments made
 * @param fees user fees taken
 * @param other movements of no kind above (none today)
 * @param closing the balance at the end
 * @param lines each movement in the period, oldest first
 */
public record UserStatement(
        String userId,
        String currency,
        boolean livemode,
        Period period,
        long opening,
        long deposits,
        long bonuses,
        long refunds,
        long purchases,
        long fees,
        long other,
        long closing,
        List<Movement> lines)
        implements Totals {

    /** Copies the lines and checks that the numbers add up. */
    public UserStatement {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        lines = List.copyOf(lines);
        if (closing != opening + deposits + bonuses + refunds - purchases - fees + other) {
            throw new IllegalArgumentException("statement numbers do not add up");
        }
    }

    @Override
    public SequencedMap<String, Long> totals() {
        SequencedMap<String, Long> totals = new LinkedHashMap<>();
        totals.put("opening", opening);
        totals.put("deposits", deposits);
        totals.put("bonuses", bonuses);
        totals.put("refunds", refunds);
        totals.put("purchases", purchases);
        totals.put("fees", fees);
        totals.put("other", other);
        totals.put("closing", closing);
        return totals;
    }
}
