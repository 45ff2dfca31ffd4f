package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The other ways to ask for a deposit, over the real simulator and PostgreSQL: the deposit page
 * (with its page code) and the SMS keyword (with the reply code).
 */
class DepositRequestsIT {

    @RegisterExtension
    static final PremiumTestBed bed = new PremiumTestBed();

    static final TestClock clock = bed.clock;
    static final CarrierNetwork network = bed.network;
    static final RunningInterchange server = bed.server;
    static final DepositFixture deposits = bed.deposits;

    @Test
    void theDepositPageRequestsADepositAndConfirmsItWithThePageCode() {
        String phone = "+4917612345677";
        network.addPhone(phone, "bluewave");
        Http web = server.anonymous();
        Http.Response form = web.get("/deposit");
        assertThat(form.status()).isEqualTo(200);

        Http.Response requested = web.postAs(
                "/deposit",
                "application/x-www-form-urlencoded",
                "phone_number=" + phone.replace("+", "%2B") + "&amount=4.99&csrf=" + DepositFixture.csrf(form));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(303);
        String location = requested.headers().firstValue("location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        Http.Response status = web.get("/deposit/" + id);
        assertThat(status.raw()).contains("Confirm the deposit");
        String code = deposits.awaitMatch(phone, DepositFixture.WEB_CODE).group(1);
        Http.Response confirmed = web.postAs(
                "/deposit/" + id + "/code",
                "application/x-www-form-urlencoded",
                "code=" + code + "&csrf=" + DepositFixture.csrf(status));

        assertThat(confirmed.headers().firstValue("location")).contains("/deposit/" + id + "?notice=confirmed");
        assertThat(deposits.awaitStatus(id, "succeeded").get("source").asString())
                .isEqualTo("web");
        assertThat(deposits.wallet(phone)).isEqualTo(499).isEqualTo(deposits.premiumBill(phone));
        assertThat(web.get("/deposit/" + id).raw()).contains("Deposit complete");
    }

    @Test
    void theDepositPageRefusesABadAmountAndAFormWithoutItsToken() {
        Http web = server.anonymous();
        Http.Response form = web.get("/deposit");

        Http.Response badAmount = web.postAs(
                "/deposit",
                "application/x-www-form-urlencoded",
                "phone_number=%2B4917612345671&amount=lots&csrf=" + DepositFixture.csrf(form));
        Http.Response noToken =
                web.postAs("/deposit", "application/x-www-form-urlencoded", "phone_number=%2B4917612345671&amount=5");

        assertThat(badAmount.status()).isEqualTo(400);
        assertThat(badAmount.raw()).contains("Type an amount");
        assertThat(noToken.status()).isEqualTo(403);
    }

    @Test
    void anSmsKeywordStartsADepositConfirmedByReplyingWithTheCode() {
        String phone = "+4915112345673";
        long before = deposits.wallet(phone);
        network.phone(phone).sendMo("84444", "DEPOSIT 2.99");

        String code = deposits.awaitReplyCode(phone);
        network.phone(phone).sendMo("84444", code);

        await().atMost(Duration.ofSeconds(30)).until(() -> deposits.wallet(phone) == before + 299);
        assertThat(deposits.premiumBill(phone)).isEqualTo(deposits.wallet(phone));
    }
}
