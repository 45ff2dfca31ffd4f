package io.relaypay.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The demo network of {@link SimulatorConfig#defaults()}, kept apart from the configuration's rules. */
final class DemoNetwork {

    private DemoNetwork() {}

    static SimulatorConfig config() {
        List<Long> eurPricePoints = List.of(99L, 199L, 299L, 499L, 999L);
        // An MO to one of these bills the sender (premium MO), e.g. "DEPOSIT" to 88499 for 4.99 EUR.
        Map<String, Long> premiumShortCodes = Map.of("88199", 199L, "88499", 499L);
        return SimulatorConfig.builder()
                .carrier(new CarrierConfig(
                                "northwind",
                                "EUR",
                                eurPricePoints,
                                30,
                                List.of("+49151", "+49160"),
                                "sms.northwind.test")
                        .withPremiumShortCodes(premiumShortCodes))
                .carrier(new CarrierConfig(
                                "bluewave", "EUR", eurPricePoints, 35, List.of("+49176", "+49179"), "sms.bluewave.test")
                        .withPremiumShortCodes(premiumShortCodes))
                .smsc(SmscConfig.builder("smsc-north")
                        .port(SimulatorConfig.DEFAULT_SMPP_PORT)
                        .idFormats(IdFormat.HEX, IdFormat.DECIMAL)
                        .dlrDelay(Duration.ofMillis(500))
                        .carriers("northwind")
                        .build())
                .smsc(SmscConfig.builder("smsc-hub")
                        .port(SimulatorConfig.DEFAULT_SMPP_PORT + 1)
                        .dlrDelay(Duration.ofMillis(500))
                        .carriers("northwind", "bluewave")
                        .build())
                .phone(PhoneConfig.of("+4915112345671", "northwind"))
                .phone(PhoneConfig.of("+4915112345672", "northwind"))
                .phone(PhoneConfig.of("+4915112345673", "northwind").withBilling(SubscriberBilling.prepaid(10_00)))
                .phone(PhoneConfig.of("+4917612345671", "bluewave"))
                .phone(PhoneConfig.of("+4917612345672", "bluewave"))
                .phone(new PhoneConfig(
                        "+4917612345673",
                        "bluewave",
                        true,
                        SubscriberBilling.postpaid().asBlocked()))
                .build();
    }
}
