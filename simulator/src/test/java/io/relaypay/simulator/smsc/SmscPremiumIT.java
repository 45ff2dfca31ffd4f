package io.relaypay.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.Phone;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.Test;

/** The SMSC against a real jSMPP client over TCP. Premium messages: charging the bill, price points and barred phones. */
class SmscPremiumIT extends SmscFixture {
    @Test
    void premiumMessageIsChargedAndTheCarrierKeepsItsShare() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            String id = esme.submit("4915112345671", "Thanks for your deposit", premium("199 EUR"));

            Phone phone = network.phone(NORTH_PHONE);
            assertThat(phone.inbox().getFirst().premiumPriceMinor()).contains(199L);
            assertThat(phone.inbox().getFirst().currency()).contains("EUR");
            assertThat(phone.bill()).singleElement().satisfies(charge -> {
                assertThat(charge.amountMinor()).isEqualTo(199);
                assertThat(charge.carrierShareMinor()).isEqualTo(60);
                assertThat(charge.kind()).isEqualTo(ChargeKind.PREMIUM_SMS);
                assertThat(charge.service()).isEqualTo("84444");
                assertThat(charge.reference()).isEqualTo(id);
                assertThat(charge.description()).isEqualTo("Thanks for your deposit");
            });
            assertThat(network.carriers().revenue("northwind").payableMinor()).isEqualTo(139);
            assertThat(network.carriers().charges("northwind"))
                    .extracting(Charge::amountMinor)
                    .containsExactly(199L);
        }
    }

    @Test
    void priceThatIsNotAPricePointIsRefusedWithInvalidOptionalParameterValue() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            for (String wire : List.of("250 EUR", "199 USD", "lots", "")) {
                assertThatThrownBy(() -> esme.submit("4915112345671", "x", premium(wire)))
                        .as(wire)
                        .isInstanceOfSatisfying(
                                NegativeResponseException.class,
                                e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RINVOPTPARAMVAL));
            }
            assertThat(network.phone(NORTH_PHONE).bill()).isEmpty();
        }
    }

    @Test
    void premiumToABarredPhoneIsRejectedInTheReceiptAndNotCharged() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            esme.submit("4915112345679", "Premium", premium("99 EUR"));

            DeliverSm receipt = await().until(esme::receipts, r -> !r.isEmpty()).getFirst();
            assertThat(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII))
                    .contains("dlvrd:000")
                    .contains("stat:REJECTD err:069");
            assertThat(network.phone(BARRED_PHONE).inbox()).isEmpty();
            assertThat(network.phone(BARRED_PHONE).bill()).isEmpty();
        }
    }
}
