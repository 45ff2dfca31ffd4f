package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.newPhone;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.PaymentFunding.Outcome;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.ports.RecordingMessageSender;
import io.relaypay.interchange.support.ports.ScriptedFunding;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The janitor and the ends of a payment other than success at once: expiry, funding pending or failing. */
class PaymentJanitorIT {

    static final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.test.port-doubles", "true")
            .withClock(clock)
            .with("relaypay.checkout.janitor-interval", "1h")
            .with("relaypay.checkout.processing-lease", "2m");

    static TestMerchant acme;
    static CheckoutBrowser browser;

    @BeforeAll
    static void setUp() {
        acme = server.newMerchant("Acme Games");
        browser = new CheckoutBrowser(server);
    }

    @Test
    void overduePaymentsExpireAndBuyersWhoGotACodeAreTold() {
        String phone = newPhone();
        String confirming = newPayment(acme, Map.of());
        browser.submit(confirming, "phone", Map.of("phone_number", phone));
        String token = CheckoutBrowser.csrf(browser.page(confirming));
        String untouchedPhone = newPhone();
        String untouched = newPayment(acme, Map.of("phone_number", untouchedPhone));

        clock.advance(Duration.ofMinutes(15));
        PaymentJanitor.Report report = server.bean(PaymentJanitor.class).runOnce();

        assertThat(report.expired()).isGreaterThanOrEqualTo(2);
        assertThat(status(acme, confirming)).isEqualTo("expired");
        assertThat(status(acme, untouched)).isEqualTo("expired");
        assertThat(completions(confirming))
                .singleElement()
                .asString()
                .isEqualTo("Relaypay: your payment of 4.99 EUR to Acme Games expired before it was confirmed."
                        + " Nothing was charged.");
        assertThat(server.bean(RecordingMessageSender.class).to(untouchedPhone))
                .as("a number nobody confirmed is not texted")
                .isEmpty();
        assertThat(browser.page(confirming).raw()).contains("Time is up");
        browser.postForm("/checkout/" + confirming + "/code", Map.of("code", browser.replyCode(phone), "csrf", token));
        assertThat(status(acme, confirming)).isEqualTo("expired");
        assertThat(server.bean(PaymentJanitor.class).runOnce().expired()).isZero();
    }

    @Test
    void pageShowsAnOverduePaymentAsExpiredBeforeTheJanitorComes() {
        String id = newPayment(acme, Map.of());

        clock.advance(Duration.ofMinutes(15));

        assertThat(browser.page(id).raw()).contains("Time is up");
        assertThat(status(acme, id)).isEqualTo("expired");
    }

    @Test
    void paymentLeftProcessingIsSettledAgainAfterTheLease() {
        String phone = newPhone();
        String id = newPayment(acme, Map.of());
        ScriptedFunding funding = server.bean(ScriptedFunding.class);
        funding.script(id, new Outcome.Pending("carrier has not answered"));
        browser.submit(id, "phone", Map.of("phone_number", phone));

        Http.Response redirect = browser.submit(id, "code", Map.of("code", browser.replyCode(phone)));

        assertThat(browser.follow(redirect).raw()).contains("Processing your payment");
        assertThat(status(acme, id)).isEqualTo("processing");
        server.bean(PaymentJanitor.class).runOnce();
        assertThat(funding.calls(id)).as("not retried within the lease").isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        server.bean(PaymentJanitor.class).runOnce();

        assertThat(funding.calls(id)).isEqualTo(2);
        assertThat(status(acme, id)).isEqualTo("succeeded");
        assertThat(completions(id)).singleElement().asString().contains("you paid 4.99 EUR");
    }

    @Test
    void fundingFailureFailsThePaymentWithItsReason() {
        String phone = newPhone();
        String id = newPayment(acme, Map.of());
        server.bean(ScriptedFunding.class)
                .script(id, new Outcome.Failed(FailureReason.INSUFFICIENT_FUNDS, "the balance is short by 2.00 EUR"));
        browser.submit(id, "phone", Map.of("phone_number", phone));

        Http.Response redirect = browser.submit(id, "code", Map.of("code", browser.replyCode(phone)));

        assertThat(browser.follow(redirect).raw()).contains("Payment not made", "the balance is short by 2.00 EUR");
        Http.Response payment = acme.api().get("/v1/payments/" + id);
        assertThat(payment.text("status")).isEqualTo("failed");
        assertThat(payment.text("failure_reason")).isEqualTo("insufficient_funds");
        assertThat(completions(id)).singleElement().asString().contains("did not go through (not enough funds)");
    }

    private static List<String> completions(String paymentId) {
        return server.bean(RecordingMessageSender.class).about(paymentId, PhoneMessage.Purpose.COMPLETION).stream()
                .map(PhoneMessage::text)
                .toList();
    }
}
