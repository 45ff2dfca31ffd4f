package io.relaypay.simulator;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param premiumShortCodes short code → what an MO sent to it bills, in minor units; the carrier
 *     keeps {@code sharePercent} of it, as of a premium MT
 */
public record CarrierConfig(
        String name,
        String currency,
        List<Long> pricePointsMinor,
        int sharePercent,
        List<String> numberPrefixes,
        String emailDomain,
        CarrierBilling billing,
        Map<String, Long> premiumShortCodes) {

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
        premiumShortCodes = Map.copyOf(premiumShortCodes);
        premiumShortCodes.forEach((code, price) -> {
            if (!code.matches("[0-9]{3,8}") || price <= 0) {
                throw new IllegalArgumentException("premium short code " + code + " needs digits and a positive price");
            }
        });
    }

    /** A carrier with these operator billing terms and no premium short codes. */
    public CarrierConfig(
            String name,
            String currency,
            List<Long> pricePointsMinor,
            int sharePercent,
            List<String> numberPrefixes,
            String emailDomain,
            CarrierBilling billing) {
        this(name, currency, pricePointsMinor, sharePercent, numberPrefixes, emailDomain, billing, Map.of());
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
        return new CarrierConfig(
                name, currency, pricePointsMinor, sharePercent, numberPrefixes, emailDomain, value, premiumShortCodes);
    }

    /** This carrier with premium short codes: code → what an MO to it bills, in minor units. */
    public CarrierConfig withPremiumShortCodes(Map<String, Long> codes) {
        return new CarrierConfig(
                name, currency, pricePointsMinor, sharePercent, numberPrefixes, emailDomain, billing, codes);
    }

    /** What an MO to {@code shortCode} bills, when it is one of the carrier's premium short codes. */
    public Optional<Long> premiumMoPrice(String shortCode) {
        return Optional.ofNullable(premiumShortCodes.get(shortCode));
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
