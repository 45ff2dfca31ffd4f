package io.relaypay.simulator;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A mobile carrier on the simulated network.
 *
 * @param name unique name, e.g. {@code northwind}
 * @param currency ISO-4217 currency its subscribers are billed in
 * @param pricePointsMinor the premium prices it can bill, in minor units; any other price is
 *     refused at submission
 * @param sharePercent the part of every premium charge the carrier keeps (0..100)
 * @param numberPrefixes E.164 prefixes of its number ranges, e.g. {@code +49151}; used to find the
 *     carrier of a number that is not a known phone
 * @param emailDomain the email-to-SMS gateway domain, e.g. {@code sms.northwind.test}
 * @param billing its operator billing terms; its share of those charges is {@code sharePercent}
 */
public record CarrierConfig(
        String name,
        String currency,
        List<Long> pricePointsMinor,
        int sharePercent,
        List<String> numberPrefixes,
        String emailDomain,
        CarrierBilling billing) {

    /** Validates the fields; copies the lists. */
    public CarrierConfig {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("carrier name must not be blank");
        }
        Currency.getInstance(Objects.requireNonNull(currency, "currency"));
        pricePointsMinor = List.copyOf(pricePointsMinor);
        if (pricePointsMinor.stream().anyMatch(p -> p <= 0)) {
            throw new IllegalArgumentException("price points must be positive: " + pricePointsMinor);
        }
        if (sharePercent < 0 || sharePercent > 100) {
            throw new IllegalArgumentException("sharePercent must be 0..100: " + sharePercent);
        }
        numberPrefixes = List.copyOf(numberPrefixes);
        for (String prefix : numberPrefixes) {
            if (!prefix.matches("\\+[0-9]{1,14}")) {
                throw new IllegalArgumentException("number prefix must look like +49151: " + prefix);
            }
        }
        Objects.requireNonNull(emailDomain, "emailDomain");
        Objects.requireNonNull(billing, "billing");
    }

    /** A carrier offering operator billing with the default monthly limit. */
    public CarrierConfig(
            String name,
            String currency,
            List<Long> pricePointsMinor,
            int sharePercent,
            List<String> numberPrefixes,
            String emailDomain) {
        this(
                name,
                currency,
                pricePointsMinor,
                sharePercent,
                numberPrefixes,
                emailDomain,
                CarrierBilling.enabledByDefault());
    }

    /** This carrier with other operator billing terms. */
    public CarrierConfig withBilling(CarrierBilling value) {
        return new CarrierConfig(name, currency, pricePointsMinor, sharePercent, numberPrefixes, emailDomain, value);
    }

    /** Whether {@code amountMinor} in {@code currencyCode} is one of the carrier's price points. */
    public boolean bills(long amountMinor, String currencyCode) {
        return currency.equals(currencyCode) && pricePointsMinor.contains(amountMinor);
    }

    /** The carrier's share of a charge, rounded half up to the minor unit. */
    public long shareOf(long amountMinor) {
        return Math.floorDiv(Math.addExact(Math.multiplyExact(amountMinor, sharePercent), 50), 100);
    }
}
