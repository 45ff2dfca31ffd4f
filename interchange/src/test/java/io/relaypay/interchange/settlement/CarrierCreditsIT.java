package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What premium SMS deposits book for each billed charge (through deposits' {@code DepositBookings}),
 * on the real ledger: full credit, the share per price point as a cost, promotion bonus, and a
 * deferred user fee that the next purchase collects. {@code PremiumDepositTermsIT} shows the same
 * terms on real premium deposits.
 */
class CarrierCreditsIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.settlement.scheduler-interval", "1h")
            .with("relaypay.settlement.carrier-price-points.bluewave.499", 4_000)
            .with("relaypay.settlement.promotions[0].name", "big-deposit")
            .with("relaypay.settlement.promotions[0].minimum-amount", 900)
            .with("relaypay.settlement.promotions[0].bonus-fixed", 50)
            .with("relaypay.settlement.user-fees.premium-sms.fixed", 20)
            .with("relaypay.settlement.user-fees-deferred", true);

    final FundsFixture funds = new FundsFixture(server);

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static CarrierCredits.Deposit deposit(String id, String phone, long amount) {
        String user = server.bean(BuyerDirectory.class).findOrCreate(phone);
        return new CarrierCredits.Deposit(id, user, "bluewave", "premium-sms", amount, "EUR", false);
    }

    @Test
    void depositIsCreditedInFullWithTheShareAsACostAndTheBonusOnTop() {
        String phone = "+4917600000101";
        String from = Instant.now().minus(Duration.ofMinutes(1)).toString();
        CarrierCredits credits = server.bean(CarrierCredits.class);

        CarrierCredits.Credited small = credits.credit(deposit("dep_small", phone, 499));
        CarrierCredits.Credited big = credits.credit(deposit("dep_big", phone, 999));
        CarrierCredits.Credited again = credits.credit(deposit("dep_big", phone, 999));

        assertThat(small).isEqualTo(new CarrierCredits.Credited(499, 200, 0)); // 40 % at 4.99: 199.6
        assertThat(big).isEqualTo(new CarrierCredits.Credited(999, 350, 50)); // the default 35 %: 349.65
        assertThat(again).isEqualTo(big);
        assertThat(funds.walletBalance(phone)).isEqualTo(499 + 999 + 50);
        String to = Instant.now().plus(Duration.ofMinutes(1)).toString();
        JsonNode bluewave = server.admin()
                .get("/admin/v1/carriers/bluewave/statement?from=" + from + "&to=" + to)
                .json()
                .get("data")
                .get(0);
        assertThat(bluewave.get("gross").asLong()).isEqualTo(1_498);
        assertThat(bluewave.get("shares").asLong()).isEqualTo(550);
        assertThat(bluewave.get("closing").asLong()).isEqualTo(948);
    }

    @Test
    void deferredDepositFeesAreTakenByTheNextPurchaseNotByTheDeposit() {
        String phone = "+4917600000102";
        TestMerchant shop = funds.merchant("Deposit Fee Shop", 0, 0);
        server.bean(CarrierCredits.class).credit(deposit("dep_fee_1", phone, 299));

        assertThat(funds.walletBalance(phone)).isEqualTo(299);

        Payment purchase = funds.processing(shop, 100, phone);
        assertThat(funds.settle(purchase)).isInstanceOf(PaymentFunding.Outcome.Paid.class);

        assertThat(funds.walletBalance(phone)).isEqualTo(299 - 100 - 20);
    }
}
