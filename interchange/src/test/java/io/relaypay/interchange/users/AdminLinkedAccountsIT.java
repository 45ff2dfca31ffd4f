package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.support.CapturedLogs;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Linking and unlinking accounts over the admin API, on PostgreSQL: what is kept, shown and refused. */
class AdminLinkedAccountsIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.accounts.max-linked-accounts", 3)
            // No processor runs here: cards get opaque tokens (CardDepositsIT links through the processor).
            .with("relaypay.funding.card-vault", "opaque");

    static final String PAN = "4242424242424242";
    static final String IBAN = "DE89370400440532013000";
    static final AtomicInteger NUMBERS = new AtomicInteger(1000);
    static CapturedLogs logs;

    @BeforeAll
    static void captureLogs() {
        logs = CapturedLogs.open();
    }

    @AfterAll
    static void stopCapturing() {
        logs.close();
    }

    static String newPhone() {
        return "+4915140" + String.format("%06d", NUMBERS.incrementAndGet());
    }

    static Http.Response link(String phone, Map<String, Object> body) {
        return server.admin().post("/admin/v1/users/" + phone + "/linked-accounts", body);
    }

    static Map<String, Object> card(String number) {
        return Map.of("kind", "card", "number", number, "exp_month", 12, "exp_year", 2099);
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> more = new HashMap<>(body);
        more.put(key, value);
        return more;
    }

    static JsonNode user(String phone) {
        return server.admin().get("/admin/v1/users/" + phone).json();
    }

    @Test
    void aCardKeepsBrandLastFourExpiryAndTokenNeverTheNumber() {
        String phone = newPhone();

        Http.Response linked = link(phone, card("4242 4242 4242 4242"));

        assertThat(linked.status()).isEqualTo(201);
        JsonNode account = linked.json();
        assertThat(account.get("id").asString()).startsWith("la_");
        assertThat(account.get("kind").asString()).isEqualTo("card");
        assertThat(account.get("label").asString()).isEqualTo("Visa \u2022\u2022\u2022\u2022 4242");
        assertThat(account.get("default").asBoolean()).isTrue();
        assertThat(account.get("verified").asBoolean()).isFalse();
        assertThat(account.get("card").get("brand").asString()).isEqualTo("visa");
        assertThat(account.get("card").get("last4").asString()).isEqualTo("4242");
        assertThat(account.get("card").get("exp_month").asInt()).isEqualTo(12);
        assertThat(account.get("card").get("token").asString()).startsWith("tok_");
        String shown = server.admin().get("/admin/v1/users/" + phone).raw();
        assertThat(logs.text()).contains("linked account " + account.get("id").asString()); // the capture works
        assertThat(List.of(linked.raw(), shown, logs.text(), storedRows()))
                .noneMatch(text -> text.contains(PAN) || text.contains("4242 4242 4242 4242"));
    }

    @Test
    void anIbanIsSealedAtRestAndShownMaskedExceptTheLastFour() {
        String phone = newPhone();

        Http.Response linked =
                link(phone, Map.of("kind", "bank", "iban", "DE89 3704 0044 0532 0130 00", "verified", true));

        assertThat(linked.status()).isEqualTo(201);
        JsonNode bank = linked.json().get("bank");
        assertThat(bank.get("iban").asString()).isEqualTo("\u2022\u2022\u2022\u2022 3000");
        assertThat(bank.get("country").asString()).isEqualTo("DE");
        assertThat(linked.json().get("verified").asBoolean()).isTrue();
        assertThat(linked.json().get("label").asString()).isEqualTo("Bank account \u2022\u2022\u2022\u2022 3000");
        String sealed = jdbc().sql("SELECT bank_iban_sealed FROM linked_accounts WHERE id = ?")
                .param(linked.text("id"))
                .query(String.class)
                .single();
        assertThat(server.bean(SecretBox.class).open(sealed)).isEqualTo(IBAN);
        String shown = server.admin().get("/admin/v1/users/" + phone).raw();
        assertThat(List.of(linked.raw(), shown, logs.text(), storedRows()))
                .noneMatch(text -> text.contains(IBAN) || text.contains("0532 0130"));
    }

    @Test
    void walletsAndEmailsAreKeptAsGiven() {
        String phone = newPhone();

        JsonNode wallet = link(phone, Map.of("kind", "wallet", "provider", "PayPal", "wallet_account", "ada-77"))
                .json();
        JsonNode email = link(phone, Map.of("kind", "email", "email", "Ada@Example.COM", "label", "Work"))
                .json();

        assertThat(wallet.get("wallet").get("provider").asString()).isEqualTo("paypal");
        assertThat(wallet.get("wallet").get("account").asString()).isEqualTo("ada-77");
        assertThat(email.get("email").get("address").asString()).isEqualTo("Ada@example.com");
        assertThat(email.get("label").asString()).isEqualTo("Work");
        assertThat(user(phone).get("linked_accounts")).hasSize(2);
    }

    @Test
    void theFirstOfAKindIsItsDefaultAndDefaultTrueMovesIt() {
        String phone = newPhone();
        String first = link(phone, card(PAN)).text("id");
        String second =
                link(phone, with(card("5555555555554444"), "default", true)).text("id");

        assertThat(defaults(phone)).containsExactly(Map.entry(first, false), Map.entry(second, true));

        assertThat(server.admin()
                        .delete("/admin/v1/users/" + phone + "/linked-accounts/" + second)
                        .status())
                .isEqualTo(200);
        assertThat(defaults(phone)).containsExactly(Map.entry(first, true));
    }

    @Test
    void theSameAccountTwiceIsRefused() {
        String phone = newPhone();
        link(phone, card(PAN));

        Http.Response again = link(phone, card("4242-4242-4242-4242"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("invalid-state");
        assertThat(user(phone).get("linked_accounts")).hasSize(1);
    }

    @Test
    void aUserHasAtMostTheConfiguredNumberOfAccounts() {
        String phone = newPhone();
        link(phone, card(PAN));
        link(phone, card("5555555555554444"));
        link(phone, Map.of("kind", "email", "email", "ada@example.com"));

        Http.Response fourth = link(phone, Map.of("kind", "email", "email", "ada@example.org"));

        assertThat(fourth.status()).isEqualTo(409);
        assertThat(user(phone).get("linked_accounts")).hasSize(3);
    }

    @Test
    void concurrentLinksKeepTheLimitAndOneDefault() throws Exception {
        String phone = newPhone();
        link(phone, Map.of("kind", "email", "email", "ada@example.com"));
        List<Map<String, Object>> cards = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> card(luhnComplete("411111111111" + (1000 + i))))
                .toList();

        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Http.Response>> sent = cards.stream()
                    .map(body -> threads.submit(() -> link(phone, body)))
                    .toList();
            for (var response : sent) {
                assertThat(response.get().status()).isIn(201, 409);
            }
        }

        JsonNode accounts = user(phone).get("linked_accounts");
        assertThat(accounts).hasSize(3);
        assertThat(accounts.valueStream()
                        .filter(a -> a.get("kind").asString().equals("card")
                                && a.get("default").asBoolean()))
                .hasSize(1);
    }

    /** {@code digits} with its Luhn check digit appended. */
    static String luhnComplete(String digits) {
        for (int check = 0; check <= 9; check++) {
            if (CardNumbers.luhn(digits + check)) {
                return digits + check;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    @Test
    void badRequestsAreRefusedWithTheFieldNamedAndNothingChanges() {
        String phone = newPhone();
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("number", link(phone, card("4242424242424241")).text("param"));
        refused.put("exp_month", link(phone, with(card(PAN), "exp_month", 13)).text("param"));
        refused.put("exp_year", link(phone, with(card(PAN), "exp_year", 2001)).text("param"));
        refused.put(
                "iban",
                link(phone, Map.of("kind", "bank", "iban", "DE00370400440532013000"))
                        .text("param"));
        refused.put("kind", link(phone, Map.of("kind", "crypto")).text("param"));
        refused.put(
                "label",
                link(phone, with(card(PAN), "label", "my 4242424242424242")).text("param"));
        refused.put(
                "email", link(phone, Map.of("kind", "email", "email", "ada@")).text("param"));
        refused.put(
                "provider",
                link(phone, Map.of("kind", "wallet", "provider", "", "wallet_account", "x"))
                        .text("param"));
        refused.put("phone", link("4915140999999", card(PAN)).text("param"));
        Http.Response otherKind = link(phone, with(card(PAN), "iban", IBAN));

        refused.forEach((field, param) -> assertThat(param).as(field).isEqualTo(field));
        assertThat(otherKind.text("param")).isEqualTo("iban");
        assertThat(otherKind.contentType()).startsWith("application/problem+json");
        assertThat(otherKind.problem()).isEqualTo("invalid-request");
        assertThat(server.admin().get("/admin/v1/users/" + phone).status()).isEqualTo(404);
    }

    @Test
    void unlinkingAnUnknownOrAnotherUsersAccountIsNotFound() {
        String owner = newPhone();
        String other = newPhone();
        String id = link(owner, card(PAN)).text("id");
        link(other, Map.of("kind", "email", "email", "x@example.com"));

        Http.Response foreign = server.admin().delete("/admin/v1/users/" + other + "/linked-accounts/" + id);
        Http.Response unknown = server.admin().delete("/admin/v1/users/" + owner + "/linked-accounts/la_nope");
        Http.Response noUser = server.admin().delete("/admin/v1/users/" + newPhone() + "/linked-accounts/" + id);

        assertThat(List.of(foreign.status(), unknown.status(), noUser.status())).containsOnly(404);
        assertThat(foreign.problem()).isEqualTo("not-found");
        assertThat(user(owner).get("linked_accounts")).hasSize(1);
    }

    @Test
    void linkingNeedsTheAdminToken() {
        String phone = newPhone();
        Http.Response anonymous = server.anonymous().post("/admin/v1/users/" + phone + "/linked-accounts", card(PAN));
        Http.Response merchant =
                server.newMerchant("Sneaky").api().post("/admin/v1/users/" + phone + "/linked-accounts", card(PAN));
        Http.Response delete = server.anonymous().delete("/admin/v1/users/" + phone + "/linked-accounts/la_x");

        assertThat(List.of(anonymous.status(), merchant.status(), delete.status()))
                .containsOnly(401);
        assertThat(anonymous.problem()).isEqualTo("unauthorized");
        assertThat(server.admin().get("/admin/v1/users/" + phone).status()).isEqualTo(404);
    }

    static Map<String, Boolean> defaultsOf(JsonNode accounts) {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        accounts.forEach(a -> out.put(a.get("id").asString(), a.get("default").asBoolean()));
        return out;
    }

    static Map<String, Boolean> defaults(String phone) {
        return defaultsOf(user(phone).get("linked_accounts"));
    }

    static JdbcClient jdbc() {
        return JdbcClient.create(server.bean(DataSource.class));
    }

    /** Every stored linked-account column, as one text. */
    static String storedRows() {
        StringBuilder all = new StringBuilder();
        jdbc().sql("SELECT * FROM linked_accounts").query(rs -> {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                all.append(rs.getString(i)).append('|');
            }
            all.append('\n');
        });
        return all.toString();
    }
}
