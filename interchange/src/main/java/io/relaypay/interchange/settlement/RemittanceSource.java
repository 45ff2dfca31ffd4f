package io.relaypay.interchange.settlement;

/** Where a carrier's remittance for a period is fetched from (the carrier's API). */
@FunctionalInterface
public interface RemittanceSource {

    /**
     * The carrier's remittance for {@code period}.
     *
     * @throws IllegalStateException when the carrier could not be asked or answered badly
     */
    Remittance fetch(String carrier, Period period);
}
