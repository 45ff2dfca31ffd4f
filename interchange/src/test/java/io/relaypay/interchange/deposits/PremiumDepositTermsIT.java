package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Settlement's terms on real premium deposits (simulator SMSCs, PostgreSQL): bluewave keeps 40 % of
 * a 9.99 charge and 30 % of a 4.99 one (its default is 35 %), a charge of 9.00 or more earns a 10 %
 * promotion bonus, and the deferred 0.10 premium-sms fee is not taken from the deposit.
 */
class PremiumDepositTermsIT {

    @RegisterExtension
    static final PremiumTestBed bed = new PremiumTestBed((interchange, net) -> interchange
            .with("relaypay.deposits.per-day-amount", 2000)
            .with("relaypay.settlement.carrier-price-points.bluewave.999", 4000)
            .with("relaypay.settlement.carrier-price-points.bluewave.499", 3000)
            .with("relaypay.settlement.promotions[0].name", "premium-10")
            .with("relaypay.settlement.promotions[0].minimum-amount", 900)
            .with("relaypay.settlement.promotions[0].bonus-basis-points", 1000)
            .with("relaypay.settlement.user-fees.premium-sms.fixed", 10)
            .with("relaypay.settlement.user-fees-deferred", true));

    static final TestClock clock = bed.clock;
    static final CarrierNetwork network = bed.network;
    static final RunningInterchange server = bed.server;
    static final DepositFixture deposits = bed.deposits;

    @Test
    void eachChargePaysTheCarrierItsPricePointShareAndEarnsThePromotionItsPriceMeets() {
        String phone = "+4917600000301";
        network.addPhone(phone, "bluewave");
        long shareBefore = deposits.systemBalance("carrier-share/bluewave");
        long promotionsBefore = deposits.systemBalance("promotions");

        JsonNode deposit = deposits.request(phone, 1498, "terms-1");
        assertThat(DepositFixture.list(deposit.get("plan")))
                .extracting(i -> i.get("price").asLong())
                .containsExactlyInAnyOrder(999L, 499L);
        deposits.replyWithCode(phone);
        JsonNode done = deposits.awaitStatus(deposit.get("id").asString(), "succeeded");

        // 40 % of 9.99 is 399.6, 30 % of 4.99 is 149.7: each rounded half up.
        assertThat(deposits.systemBalance("carrier-share/bluewave") - shareBefore)
                .isEqualTo(-(400 + 150));
        // 10 % of 9.99, rounded down; the 4.99 charge is below the promotion's 9.00.
        assertThat(deposits.systemBalance("promotions") - promotionsBefore).isEqualTo(-99);
        assertThat(done.get("billed").asLong()).isEqualTo(1498);
        assertThat(deposits.premiumBill(phone)).isEqualTo(1498);
        assertThat(done.get("credited").asLong()).isEqualTo(1498 + 99);
        assertThat(deposits.wallet(phone))
                .as("deferred fees are taken by purchases, not deposits")
                .isEqualTo(1498 + 99);
    }

    @Test
    void aPremiumMoPaysTheCarrierItsPricePointShare() {
        String phone = "+4917600000302";
        network.addPhone(phone, "bluewave");
        long shareBefore = deposits.systemBalance("carrier-share/bluewave");

        network.phone(phone).sendMo("88499", "DEPOSIT");

        await().atMost(Duration.ofSeconds(30)).until(() -> deposits.wallet(phone) == 499);
        assertThat(deposits.systemBalance("carrier-share/bluewave") - shareBefore)
                .isEqualTo(-150);
    }
}
