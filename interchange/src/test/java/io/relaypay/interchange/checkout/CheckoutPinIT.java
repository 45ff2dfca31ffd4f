package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.location;
import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.newPhone;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.decisions.PaymentDecisions.Confirmation;
import io.relaypay.interchange.decisions.PaymentDecisions.Verdict;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.ports.RecordingMessageSender;
import io.relaypay.interchange.support.ports.ScriptedDecisions;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.users.UserService;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PINs: set and changed only after an SMS code, asked by the decision, locked after repeated failures. */
class CheckoutPinIT {

    static final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.test.port-doubles", "true")
            .withClock(clock)
            .with("relaypay.checkout.janitor-interval", "1h");

    private static final Pattern PIN_CODE = Pattern.compile("your code to set your PIN is (\\d{6})");

    static TestMerchant acme;
    static CheckoutBrowser browser;

    @BeforeAll
    static void setUp() {
        acme = server.newMerchant("Acme Games");
        browser = new CheckoutBrowser(server);
    }

    @Test
    void pinIsSetOnlyWithTheCodeTextedToThePhone() {
        String phone = newPhone();
        String challenge = requestPinCode(phone, "");

        Http.Response wrong = setPin(challenge, "000000".equals(pinCode(phone)) ? "111111" : "000000", "4711", "");
        assertThat(location(wrong)).endsWith("notice=code-wrong");
        assertThat(user(phone).hasPin()).isFalse();

        Http.Response right = setPin(challenge, pinCode(phone), "4711", "");

        assertThat(location(right)).endsWith("notice=done");
        assertThat(browser.follow(right).raw()).contains("Your PIN is set.");
        assertThat(user(phone).hasPin()).isTrue();
        assertThat(user(phone).pinHash().orElseThrow())
                .startsWith("pbkdf2-sha256$310000$")
                .doesNotContain("4711");
        assertThat(noticesTo(phone)).last().asString().contains("your PIN was changed");
    }

    @Test
    void usedCodeCannotSetThePinAgain() {
        String phone = newPhone();
        String challenge = requestPinCode(phone, "");
        String code = pinCode(phone);
        String token = CheckoutBrowser.csrf(browser.get("/account/pin/" + challenge));
        setPin(challenge, code, "4711", "");

        Http.Response again = browser.postForm(
                "/account/pin/" + challenge, Map.of("code", code, "pin", "9999", "pin_repeat", "9999", "csrf", token));

        assertThat(location(again)).endsWith("notice=code-spent");
    }

    @Test
    void pinIsChangedWithANewCodeAndTheOldOneStopsWorking() {
        String phone = newPhone();
        givenPin(phone, "4711");
        clock.advance(Duration.ofMinutes(1));
        givenPin(phone, "8080");
        server.bean(ScriptedDecisions.class).answer(phone, Verdict.allow(Confirmation.PIN));

        String id = newPayment(acme, Map.of());
        browser.submit(id, "phone", Map.of("phone_number", phone));
        assertThat(location(browser.submit(id, "pin", Map.of("pin", "4711")))).endsWith("notice=pin-wrong");
        browser.submit(id, "pin", Map.of("pin", "8080"));

        assertThat(status(acme, id)).isEqualTo("succeeded");
    }

    @Test
    void secondCodeWithinTheIntervalIsRefused() {
        String phone = newPhone();
        requestPinCode(phone, "");

        Http.Response page = browser.get("/account/pin");
        Http.Response again =
                browser.postForm("/account/pin", Map.of("phone_number", phone, "csrf", CheckoutBrowser.csrf(page)));

        assertThat(location(again)).endsWith("notice=too-soon");
    }

    @Test
    void paymentAskingForThePinSendsTheBuyerToSetOneAndBack() {
        String phone = newPhone();
        server.bean(ScriptedDecisions.class).answer(phone, Verdict.allow(Confirmation.PIN));
        String id = newPayment(acme, Map.of());

        Http.Response confirm = browser.follow(browser.submit(id, "phone", Map.of("phone_number", phone)));
        assertThat(confirm.raw()).contains("you have not set one yet", "/account/pin?payment=" + id);
        assertThat(server.bean(RecordingMessageSender.class).about(id, PhoneMessage.Purpose.CONFIRMATION))
                .as("a PIN-only confirmation sends no code")
                .isEmpty();

        String challenge = requestPinCode(phone, id);
        Http.Response back = setPin(challenge, pinCode(phone), "2468", id);
        assertThat(location(back)).isEqualTo("/checkout/" + id + "?notice=pin-set");
        assertThat(browser.follow(back).raw()).contains("Your PIN is set.", "name=\"pin\"");

        Http.Response paid = browser.submit(id, "pin", Map.of("pin", "2468"));

        assertThat(location(paid)).isEqualTo("https://shop.example/ok?payment=" + id);
    }

    @Test
    void smsCodeAndPinNeedsBoth() {
        String phone = newPhone();
        givenPin(phone, "13579");
        server.bean(ScriptedDecisions.class).answer(phone, Verdict.allow(Confirmation.SMS_CODE_AND_PIN));
        String id = newPayment(acme, Map.of());
        browser.submit(id, "phone", Map.of("phone_number", phone));

        Http.Response codeOnly = browser.submit(id, "code", Map.of("code", browser.replyCode(phone)));
        assertThat(location(codeOnly)).endsWith("notice=code-accepted");
        assertThat(status(acme, id)).isEqualTo("requires_confirmation");

        browser.submit(id, "pin", Map.of("pin", "13579"));
        assertThat(status(acme, id)).isEqualTo("succeeded");
    }

    @Test
    void pinThatIsNotFourToEightDigitsIsNotCounted() {
        String phone = newPhone();
        givenPin(phone, "4711");
        server.bean(ScriptedDecisions.class).answer(phone, Verdict.allow(Confirmation.PIN));
        String id = newPayment(acme, Map.of());
        browser.submit(id, "phone", Map.of("phone_number", phone));

        assertThat(location(browser.submit(id, "pin", Map.of("pin", "12")))).endsWith("notice=pin-format");

        assertThat(user(phone).pinFailures()).isZero();
    }

    @Test
    void fiveWrongPinsInARowLockPinEntryForFifteenMinutes() {
        String phone = newPhone();
        givenPin(phone, "4711");
        server.bean(ScriptedDecisions.class).answer(phone, Verdict.allow(Confirmation.PIN));
        String first = newPayment(acme, Map.of());
        browser.submit(first, "phone", Map.of("phone_number", phone));
        for (int i = 0; i < 4; i++) {
            assertThat(location(browser.submit(first, "pin", Map.of("pin", "0000"))))
                    .endsWith("notice=pin-wrong");
        }
        String second = newPayment(acme, Map.of());
        browser.submit(second, "phone", Map.of("phone_number", phone));

        Http.Response fifth = browser.submit(second, "pin", Map.of("pin", "0000"));

        assertThat(location(fifth)).endsWith("notice=pin-locked");
        assertThat(user(phone).pinFailures())
                .as("the decision engine's failed-PIN signal")
                .isEqualTo(5);
        assertThat(browser.follow(fifth).raw()).contains("PIN entry is locked", "15</span> more minutes");
        String token = CheckoutBrowser.csrf(browser.page(second));
        Http.Response right = browser.postForm("/checkout/" + second + "/pin", Map.of("pin", "4711", "csrf", token));
        assertThat(location(right)).endsWith("notice=pin-locked");
        assertThat(status(acme, second)).isEqualTo("requires_confirmation");

        clock.advance(Duration.ofMinutes(15));
        String third = newPayment(acme, Map.of());
        browser.submit(third, "phone", Map.of("phone_number", phone));
        browser.submit(third, "pin", Map.of("pin", "4711"));

        assertThat(status(acme, third)).isEqualTo("succeeded");
        assertThat(user(phone).pinFailures()).isZero();
    }

    private static void givenPin(String phone, String pin) {
        String challenge = requestPinCode(phone, "");
        assertThat(location(setPin(challenge, pinCode(phone), pin, ""))).endsWith("notice=done");
    }

    private static String requestPinCode(String phone, String payment) {
        Http.Response form = browser.get("/account/pin" + (payment.isEmpty() ? "" : "?payment=" + payment));
        assertThat(form.status()).isEqualTo(200);
        Http.Response sent = browser.postForm(
                "/account/pin", Map.of("phone_number", phone, "payment", payment, "csrf", CheckoutBrowser.csrf(form)));
        assertThat(sent.status()).isEqualTo(303);
        String target = location(sent);
        assertThat(target).startsWith("/account/pin/pch_").contains("notice=code-sent");
        return target.substring("/account/pin/".length(), target.indexOf('?'));
    }

    private static Http.Response setPin(String challenge, String code, String pin, String payment) {
        Http.Response form = browser.get("/account/pin/" + challenge);
        Http.Response response = browser.postForm(
                "/account/pin/" + challenge,
                Map.of(
                        "code", code,
                        "pin", pin,
                        "pin_repeat", pin,
                        "payment", payment,
                        "csrf", CheckoutBrowser.csrf(form)));
        assertThat(response.status()).isEqualTo(303);
        return response;
    }

    private static String pinCode(String phone) {
        Matcher m = PIN_CODE.matcher(noticesTo(phone).stream()
                .filter(t -> t.contains("your code to set your PIN"))
                .reduce((a, b) -> b)
                .orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<String> noticesTo(String phone) {
        return server.bean(RecordingMessageSender.class).to(phone).stream()
                .filter(m -> m.purpose() == PhoneMessage.Purpose.NOTICE
                        || m.purpose() == PhoneMessage.Purpose.POSSESSION_CODE)
                .map(PhoneMessage::text)
                .toList();
    }

    private static User user(String phone) {
        return server.bean(UserService.class).findByPhone(phone).orElseThrow();
    }
}
