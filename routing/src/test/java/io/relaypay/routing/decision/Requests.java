package io.relaypay.routing.decision;

import java.time.Instant;

/** Builds payment requests for tests: a plain 10.00 EUR balance payment from a German number. */
final class Requests {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private String userId = "usr_1";
    private String e164 = "+4915112345678";
    private String carrier = "26201";
    private String country = "DE";
    private String merchantId = "mer_1";
    private String category = "groceries";
    private String merchantCountry = "DE";
    private long amount = 1000;
    private String currency = "EUR";
    private FundingMethod funding = FundingMethod.BALANCE;
    private String deviceId = "dev_1";

    static Requests request() {
        return new Requests();
    }

    Requests user(String value) {
        userId = value;
        return this;
    }

    Requests number(String value) {
        e164 = value;
        return this;
    }

    Requests carrier(String value) {
        carrier = value;
        return this;
    }

    Requests country(String value) {
        country = value;
        return this;
    }

    Requests merchant(String value) {
        merchantId = value;
        return this;
    }

    Requests category(String value) {
        category = value;
        return this;
    }

    Requests merchantCountry(String value) {
        merchantCountry = value;
        return this;
    }

    Requests amount(long minor) {
        amount = minor;
        return this;
    }

    Requests currency(String value) {
        currency = value;
        return this;
    }

    Requests funding(FundingMethod value) {
        funding = value;
        return this;
    }

    Requests device(String value) {
        deviceId = value;
        return this;
    }

    PaymentRequest build() {
        return new PaymentRequest(
                userId,
                new Phone(e164, carrier, country),
                new Merchant(merchantId, category, merchantCountry),
                new Money(amount, currency),
                funding,
                deviceId,
                NOW);
    }
}
