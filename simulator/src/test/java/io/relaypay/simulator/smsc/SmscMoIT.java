package io.relaypay.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

/** The SMSC against a real jSMPP client over TCP. Mobile-originated messages from the virtual phones. */
class SmscMoIT extends SmscFixture {
    @Test
    void moFromAPhoneArrivesAsDeliverSm() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.phone(NORTH_PHONE).sendMo("84444", "YES 123456");

            DeliverSm mo = await().until(esme::mos, m -> !m.isEmpty()).getFirst();
            assertThat(mo.getSourceAddr()).isEqualTo("4915112345671");
            assertThat(mo.getSourceAddrTon()).isEqualTo((byte) 0x01);
            assertThat(mo.getDestAddress()).isEqualTo("84444");
            assertThat(mo.getDataCoding()).isEqualTo((byte) 0x00);
            assertThat(new String(mo.getShortMessage(), StandardCharsets.US_ASCII))
                    .isEqualTo("YES 123456");
        }
    }

    @Test
    void anMoToAPremiumShortCodeIsBilledAndCarriesItsPriceAndId() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.phone(NORTH_PHONE).sendMo("88499", "DEPOSIT");

            DeliverSm mo = await().until(esme::mos, m -> !m.isEmpty()).getFirst();
            Charge line = network.phone(NORTH_PHONE).bill().getFirst();
            assertThat(line.kind()).isEqualTo(ChargeKind.PREMIUM_MO);
            assertThat(line.amountMinor()).isEqualTo(499);
            assertThat(line.carrierShareMinor()).isEqualTo(150);
            assertThat(line.service()).isEqualTo("88499");
            assertThat(tlv(mo, SubmitHandler.TAG_PREMIUM_PRICE)).isEqualTo("499 EUR");
            assertThat(tlv(mo, MoParts.TAG_PREMIUM_MO_ID)).isEqualTo(line.reference());
        }
    }

    @Test
    void aPremiumBarredPhoneCannotTextAPremiumShortCode() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.phone(BARRED_PHONE).sendMo("88499", "DEPOSIT");
            network.phone(BARRED_PHONE).sendMo("84444", "after");

            DeliverSm mo = await().until(esme::mos, m -> !m.isEmpty()).getFirst();
            assertThat(new String(mo.getShortMessage(), StandardCharsets.US_ASCII))
                    .isEqualTo("after");
            assertThat(network.phone(BARRED_PHONE).bill()).isEmpty();
        }
    }

    private static String tlv(DeliverSm pdu, short tag) {
        OptionalParameter parameter = pdu.getOptionalParameter(tag);
        assertThat(parameter).as("TLV 0x%04X", tag).isNotNull();
        byte[] serialized = parameter.serialize();
        return new String(serialized, 4, serialized.length - 4, StandardCharsets.US_ASCII);
    }

    @Test
    void longNonGsmMoIsSplitIntoUcs2PartsWithAConcatenationHeader() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            String text = "Ответ ".repeat(20); // 120 UCS-2 units: two parts of at most 67
            network.phone(NORTH_PHONE).sendMo("84444", text);

            List<DeliverSm> parts = await().until(esme::mos, m -> m.size() == 2);
            StringBuilder joined = new StringBuilder();
            for (int seq = 1; seq <= 2; seq++) {
                int wanted = seq;
                DeliverSm part = parts.stream()
                        .filter(p -> p.getShortMessage()[5] == wanted)
                        .findFirst()
                        .orElseThrow();
                assertThat(part.getEsmClass() & 0x40).isEqualTo(0x40);
                assertThat(part.getDataCoding()).isEqualTo((byte) 0x08);
                byte[] sm = part.getShortMessage();
                assertThat(sm[4]).isEqualTo((byte) 2);
                joined.append(new String(sm, 6, sm.length - 6, StandardCharsets.UTF_16BE));
            }
            assertThat(joined.toString()).isEqualTo(text);
        }
    }
}
