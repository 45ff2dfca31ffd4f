package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.users.Pin;
import io.relaypay.interchange.users.PinHasher;
import io.relaypay.interchange.users.UserService;
import io.relaypay.interchange.users.internal.JdbcUserStore;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Deposits confirmed by the user's PIN instead of a texted code: the right PIN charges the card,
 * a wrong one is refused and charges nothing, and wrong PINs count towards the same lock as
 * anywhere else (five in a row lock PIN entry), so a locked PIN charges nothing even when right.
 */
class PinDepositsIT extends DepositFixture {

    static final String PIN = "4711";

    /** Sets the PIN of the phone's user directly: set-up only, the PIN flow is tested in CheckoutPinIT. */
    static void givenPin(String phone, String pin) {
        String user =
                server.bean(UserService.class).findByPhone(phone).orElseThrow().id();
        try (Pin p = Pin.of(pin.toCharArray())) {
            new JdbcUserStore(server.bean(JdbcClient.class))
                    .setPinHash(user, new PinHasher(PinHasher.MIN_ITERATIONS).hash(p));
        }
    }

    static String startByPin(String phone, String card, long amount) {
        Http.Response created = server.admin()
                .post(
                        "/admin/v1/users/" + phone + "/funding-deposits",
                        Map.of(
                                "funding_method", "card",
                                "linked_account", card,
                                "amount", amount,
                                "currency", "EUR",
                                "confirm_by", "pin"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("requires_confirmation");
        assertThat(created.json().get("confirm_by").asString()).isEqualTo("pin");
        return created.text("id");
    }

    static Http.Response confirmByPin(String depositId, String pin) {
        return server.admin().post("/admin/v1/funding-deposits/" + depositId + "/confirm", Map.of("pin", pin));
    }

    @Test
    void rightPinChargesTheCardAndCreditsTheWallet() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        givenPin(phone, PIN);
        Books books = Books.processor("card");
        String id = startByPin(phone, card, 2_000);

        Http.Response confirmed = confirmByPin(id, PIN);

        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(2_000);
        assertThat(books.moved()).isEqualTo(new Moved(-2_000 + 75, -75)); // 0.50 + 0.25
        assertThat(network.processor().cards().byReference(id)).hasSize(1);
        assertThat(network.phone(phone).inbox())
                .as("a PIN deposit texts no code")
                .isEmpty();
    }

    @Test
    void wrongPinIsRefusedAndChargesNothing() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        givenPin(phone, PIN);
        Books books = Books.processor("card");
        String id = startByPin(phone, card, 2_000);

        Http.Response wrong = confirmByPin(id, "1234");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("param")).isEqualTo("pin");
        JsonNode deposit = get(id);
        assertThat(deposit.get("status").asString()).isEqualTo("requires_confirmation");
        assertThat(network.processor().cards().byReference(id)).isEmpty();
        assertThat(wallet(phone)).isZero();
        assertThat(books.moved()).isEqualTo(new Moved(0, 0));
    }

    @Test
    void fiveWrongPinsFailTheDepositAndLockThePinSoEvenTheRightOneChargesNothing() {
        String phone = newPhone();
        String card = linkCard(phone, "4242424242424242");
        givenPin(phone, PIN);
        String first = startByPin(phone, card, 1_000);

        for (int i = 0; i < Deposits.MAX_ATTEMPTS; i++) {
            assertThat(confirmByPin(first, "0000").status()).isEqualTo(400);
        }
        String second = startByPin(phone, card, 1_000);
        Http.Response right = confirmByPin(second, PIN);

        assertThat(get(first).get("status").asString()).isEqualTo("failed");
        assertThat(get(first).get("failure_code").asString()).isEqualTo("confirmation_failed");
        assertThat(server.bean(UserService.class)
                        .findByPhone(phone)
                        .orElseThrow()
                        .pinFailures())
                .isEqualTo(5);
        assertThat(right.status()).as("the right PIN while PIN entry is locked").isEqualTo(400);
        assertThat(get(second).get("status").asString()).isEqualTo("requires_confirmation");
        assertThat(network.processor().cards().byReference(first)).isEmpty();
        assertThat(network.processor().cards().byReference(second)).isEmpty();
        assertThat(wallet(phone)).isZero();
    }
}
