package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.location;
import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.newPhone;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.messages.ReplyListener;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.ports.RecordingMessageSender;
import io.relaypay.interchange.support.ports.ScriptedDecisions;
import io.relaypay.interchange.support.ports.ScriptedFunding;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hosted checkout over real HTTP as a browser without JavaScript uses it: plain form posts,
 * 303 redirects followed by hand, the SMS read from the recording sender.
 */
class HostedCheckoutIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.test.port-doubles", "true");

    static TestMerchant acme;
    static CheckoutBrowser browser;

    @BeforeAll
    static void setUp() {
        acme = server.newMerchant("Acme Games");
        browser = new CheckoutBrowser(server);
    }

    @Test
    void replyCodeTypedOnThePagePaysAndSendsTheBuyerToTheSuccessUrl() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();

        Http.Response page = browser.page(id);
        assertThat(page.raw()).contains("Acme Games", "4.99 EUR", "Sword of dawn", "name=\"phone_number\"");

        Http.Response afterPhone = browser.submit(id, "phone", Map.of("phone_number", phone));
        assertThat(location(afterPhone)).isEqualTo("/checkout/" + id);
        assertThat(browser.follow(afterPhone).raw())
                .contains("Confirm the payment", "\u2022\u2022\u2022\u2022 " + phone.substring(phone.length() - 4));
        assertThat(status(acme, id)).isEqualTo("requires_confirmation");
        assertThat(browser.lastConfirmation(phone))
                .matches("Relaypay: reply \\d{5} to pay 4\\.99 EUR to Acme Games, or enter [A-Z0-9]{6} on the payment"
                        + " page\\. Not you\\? Ignore this message\\.");

        Http.Response afterCode = browser.submit(id, "code", Map.of("code", browser.replyCode(phone)));

        assertThat(location(afterCode)).isEqualTo("https://shop.example/ok?payment=" + id);
        assertThat(status(acme, id)).isEqualTo("succeeded");
        assertThat(server.bean(ScriptedFunding.class).calls(id)).isEqualTo(1);
        assertThat(server.bean(RecordingMessageSender.class).about(id, PhoneMessage.Purpose.COMPLETION))
                .singleElement()
                .satisfies(
                        m -> assertThat(m.text()).isEqualTo("Relaypay: you paid 4.99 EUR to Acme Games. Thank you."));
    }

    @Test
    void pageCodeIsAcceptedAsPeopleTypeIt() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        browser.submit(id, "phone", Map.of("phone_number", phone));
        String code = browser.webCode(phone);
        String typed = " " + code.substring(0, 3).toLowerCase() + " "
                + code.substring(3).toLowerCase();

        browser.submit(id, "code", Map.of("code", typed));

        assertThat(status(acme, id)).isEqualTo("succeeded");
    }

    @Test
    void numberTypedWithSpacesIsReadAsE164() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        String typed = phone.substring(0, 3) + " " + phone.substring(3, 6) + " " + phone.substring(6);

        browser.submit(id, "phone", Map.of("phone_number", typed));

        assertThat(acme.api().get("/v1/payments/" + id).text("phone_number")).isEqualTo(phone);
    }

    @Test
    void replyFromThePhoneWithTheCodePays() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        browser.submit(id, "phone", Map.of("phone_number", phone));

        boolean taken = server.bean(CheckoutReplies.class).onReply(reply(phone, "Yes " + browser.replyCode(phone)));

        assertThat(taken).isTrue();
        assertThat(status(acme, id)).isEqualTo("succeeded");
        assertThat(browser.page(id).raw()).contains("Paid");
    }

    @Test
    void replyWithTheRightCodeFromAnotherNumberNeverMatches() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        browser.submit(id, "phone", Map.of("phone_number", phone));

        boolean taken = server.bean(CheckoutReplies.class).onReply(reply(newPhone(), browser.replyCode(phone)));

        assertThat(taken).isFalse();
        assertThat(status(acme, id)).isEqualTo("requires_confirmation");
    }

    @Test
    void replyWithoutACodeIsLeftForOtherListeners() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        browser.submit(id, "phone", Map.of("phone_number", phone));

        assertThat(server.bean(CheckoutReplies.class).onReply(reply(phone, "STOP")))
                .isFalse();
        assertThat(status(acme, id)).isEqualTo("requires_confirmation");
    }

    @Test
    void wrongCodesFailThePaymentAfterTheAllowedTries() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        browser.submit(id, "phone", Map.of("phone_number", phone));
        String right = browser.replyCode(phone);
        String wrong = right.equals("00000") ? "11111" : "00000";
        String token = CheckoutBrowser.csrf(browser.page(id));

        for (int i = 1; i <= 4; i++) {
            Http.Response redirect = browser.submit(id, "code", Map.of("code", wrong));
            assertThat(location(redirect)).endsWith("notice=code-wrong");
            assertThat(browser.follow(redirect).raw()).contains("That code is not right.", (5 - i) + " tries left.");
        }
        Http.Response last = browser.submit(id, "code", Map.of("code", wrong));

        assertThat(browser.follow(last).raw()).contains("Payment not made", "the code or PIN was wrong too many times");
        Http.Response payment = acme.api().get("/v1/payments/" + id);
        assertThat(payment.text("status")).isEqualTo("failed");
        assertThat(payment.text("failure_reason")).isEqualTo("confirmation_failed");
        browser.postForm("/checkout/" + id + "/code", Map.of("code", right, "csrf", token));
        assertThat(status(acme, id)).isEqualTo("failed");
        assertThat(server.bean(ScriptedFunding.class).calls(id)).isZero();
        assertThat(server.bean(RecordingMessageSender.class).about(id, PhoneMessage.Purpose.COMPLETION))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains("did not go through (too many wrong codes)"));
    }

    @Test
    void denialIsShownWithItsReasonAndNoMessageIsSent() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        server.bean(ScriptedDecisions.class)
                .answer(
                        phone,
                        PaymentDecisions.Verdict.deny(
                                "limit.user.daily", "You reached your daily limit of 50.00 EUR."));

        Http.Response redirect = browser.submit(id, "phone", Map.of("phone_number", phone));

        assertThat(browser.follow(redirect).raw())
                .contains("Payment not made", "You reached your daily limit of 50.00 EUR.");
        Http.Response payment = acme.api().get("/v1/payments/" + id);
        assertThat(payment.text("status")).isEqualTo("failed");
        assertThat(payment.text("failure_reason")).isEqualTo("declined");
        assertThat(server.bean(RecordingMessageSender.class).to(phone)).isEmpty();
    }

    @Test
    void invalidNumberIsRefusedOnThePageAndChangesNothing() {
        String id = newPayment(acme, Map.of());

        Http.Response redirect = browser.submit(id, "phone", Map.of("phone_number", "call me"));

        assertThat(location(redirect)).endsWith("notice=phone-invalid");
        assertThat(browser.follow(redirect).raw()).contains("That does not look like a phone number");
        assertThat(status(acme, id)).isEqualTo("requires_phone_number");
    }

    @Test
    void numberNoRouteReachesLeavesThePaymentWaitingForAnotherNumber() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        server.bean(RecordingMessageSender.class).unreachable(phone);

        Http.Response redirect = browser.submit(id, "phone", Map.of("phone_number", phone));

        assertThat(location(redirect)).endsWith("notice=phone-unreachable");
        assertThat(status(acme, id)).isEqualTo("requires_phone_number");
        browser.submit(id, "phone", Map.of("phone_number", newPhone()));
        assertThat(status(acme, id)).isEqualTo("requires_confirmation");
    }

    @Test
    void newCodeReplacesTheOldOne() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        browser.submit(id, "phone", Map.of("phone_number", phone));
        String old = browser.replyCode(phone);

        Http.Response redirect = browser.submit(id, "resend", Map.of());

        assertThat(location(redirect)).endsWith("notice=code-sent");
        String fresh = browser.replyCode(phone);
        if (!fresh.equals(old)) {
            browser.submit(id, "code", Map.of("code", old));
            assertThat(status(acme, id)).isEqualTo("requires_confirmation");
        }
        browser.submit(id, "code", Map.of("code", fresh));
        assertThat(status(acme, id)).isEqualTo("succeeded");
    }

    @Test
    void buyerCancelsAndReturnsToTheCancelUrl() {
        String id = newPayment(acme, Map.of());

        Http.Response redirect = browser.submit(id, "cancel", Map.of());

        assertThat(location(redirect)).isEqualTo("https://shop.example/cancel?payment=" + id);
        Http.Response payment = acme.api().get("/v1/payments/" + id);
        assertThat(payment.text("status")).isEqualTo("canceled");
        assertThat(payment.text("failure_message")).isEqualTo("canceled by the buyer");
        assertThat(browser.page(id).raw()).contains("Payment canceled");
    }

    @Test
    void merchantsPhoneNumberIsPrefilled() {
        String phone = newPhone();
        String id = newPayment(acme, Map.of("phone_number", phone));

        assertThat(browser.page(id).raw()).contains("value=\"" + phone + "\"");
    }

    @Test
    void unknownPaymentIsNotFound() {
        Http.Response page = browser.get("/checkout/pay_nothere");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.problem()).isEqualTo("not-found");
    }

    private static ReplyListener.Reply reply(String from, String text) {
        return new ReplyListener.Reply(from, "84444", text, "test", Instant.now());
    }
}
