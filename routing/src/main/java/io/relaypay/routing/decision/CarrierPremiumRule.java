package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * A carrier's terms for payments it bills: the premium-SMS price points it accepts (one premium
 * message per decision; the planner splits larger amounts) and a cap on what one subscriber may be
 * billed per month by premium SMS and operator billing together. Codes start with {@code carrier.}.
 * A class rather than a record: it keeps its price points as a sorted array for a binary search.
 */
public final class CarrierPremiumRule implements Rule {

    private final String id;
    private final String carrier;
    private final String currency;
    private final long[] pricePoints;
    private final long monthlyCap;

    /**
     * @param id rule id
     * @param carrier carrier id
     * @param currency currency of the price points and the cap
     * @param pricePoints accepted premium prices in minor units; empty accepts none
     * @param monthlyCap most a subscriber may be billed per month, or {@link Limits#NO_CAP}
     */
    public CarrierPremiumRule(String id, String carrier, String currency, List<Long> pricePoints, long monthlyCap) {
        this.id = Codes.requireText(id, "id");
        this.carrier = Codes.requireText(carrier, "carrier");
        requireNonNull(currency, "currency");
        if (Scope.ANY.equals(carrier)) {
            throw new IllegalArgumentException("a carrier rule needs one carrier");
        }
        if (!Codes.isCurrency(currency)) {
            throw new IllegalArgumentException("currency must be three upper-case letters: " + currency);
        }
        if (monthlyCap < 0) {
            throw new IllegalArgumentException("monthly cap must not be negative");
        }
        this.currency = currency;
        this.pricePoints =
                pricePoints.stream().mapToLong(Long::longValue).sorted().toArray();
        this.monthlyCap = monthlyCap;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Scope scope() {
        return Scope.carrier(carrier);
    }

    /** The carrier id. */
    public String carrier() {
        return carrier;
    }

    /** The currency of the price points and the cap. */
    public String currency() {
        return currency;
    }

    /** The accepted price points, ascending. */
    public List<Long> pricePoints() {
        return Arrays.stream(pricePoints).boxed().toList();
    }

    /** The monthly cap in minor units, or {@link Limits#NO_CAP}. */
    public long monthlyCap() {
        return monthlyCap;
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        if (!request.funding().carrierBilled()) {
            return;
        }
        Money amount = request.amount();
        if (!currency.equals(amount.currency())) {
            findings.deny(this, "carrier.currency_not_supported", carrier + " bills in " + currency);
            return;
        }
        if (request.funding() == FundingMethod.PREMIUM_SMS && Arrays.binarySearch(pricePoints, amount.minor()) < 0) {
            findings.deny(
                    this,
                    "carrier.price_point_not_allowed",
                    carrier + " accepts premium prices " + Arrays.toString(pricePoints) + ", asked " + amount.minor());
        }
        if (amount.minor() > monthlyCap - context.carrierBilledThisMonth()) {
            findings.deny(
                    this,
                    "carrier.monthly_premium_cap_exceeded",
                    carrier + " bills at most " + monthlyCap + " " + currency + " a month, already "
                            + context.carrierBilledThisMonth());
        }
    }

    @Override
    public String toString() {
        return "CarrierPremiumRule[id=" + id + ", carrier=" + carrier + ", currency=" + currency + ", pricePoints="
                + Arrays.toString(pricePoints) + ", monthlyCap=" + monthlyCap + "]";
    }
}
