package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Looking users up and managing their postal addresses over the admin API, on PostgreSQL. */
class AdminUsersIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange();

    static final AtomicInteger NUMBERS = new AtomicInteger(2000);

    static String newPhone() {
        return "+4915141" + String.format("%06d", NUMBERS.incrementAndGet());
    }

    static Map<String, Object> home() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ada Lovelace");
        body.put("line1", "Unter den Linden 1");
        body.put("city", "Berlin");
        body.put("postal_code", "10117");
        body.put("country", "DE");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> more = new HashMap<>(body);
        more.put(key, value);
        return more;
    }

    static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> less = new HashMap<>(body);
        less.remove(key);
        return less;
    }

    static Http.Response add(String phone, Object body) {
        return server.admin().post("/admin/v1/users/" + phone + "/addresses", body);
    }

    static JsonNode user(String phone) {
        return server.admin().get("/admin/v1/users/" + phone).json();
    }

    @Test
    void anAddressIsAddedValidatedAndShownWithTheUser() {
        String phone = newPhone();

        Http.Response added = add(phone, with(home(), "line2", "  3rd floor "));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.text("id")).startsWith("adr_");
        assertThat(added.text("line2")).isEqualTo("3rd floor");
        assertThat(added.json().get("default").asBoolean()).isTrue();
        JsonNode user = user(phone);
        assertThat(user.get("object").asString()).isEqualTo("user");
        assertThat(user.get("id").asString()).startsWith("usr_");
        assertThat(user.get("phone_number").asString()).isEqualTo(phone);
        assertThat(user.get("created").isNumber()).isTrue();
        assertThat(user.get("addresses")).hasSize(1);
        assertThat(user.get("addresses").get(0).get("postal_code").asString()).isEqualTo("10117");
        assertThat(user.get("linked_accounts")).isEmpty();
    }

    @Test
    void defaultTrueMovesTheDefaultAndRemovingItPassesItOn() {
        String phone = newPhone();
        String first = add(phone, home()).text("id");
        String second = add(phone, with(home(), "default", true)).text("id");

        assertThat(defaults(phone)).containsExactly(Map.entry(first, false), Map.entry(second, true));

        Http.Response removed = server.admin().delete("/admin/v1/users/" + phone + "/addresses/" + second);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("deleted").asBoolean()).isTrue();
        assertThat(defaults(phone)).containsExactly(Map.entry(first, true));
    }

    @Test
    void countriesWithoutPostalCodesNeedNone() {
        Http.Response added =
                add(newPhone(), without(with(with(home(), "country", "HK"), "city", "Hong Kong"), "postal_code"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("postal_code").isNull()).isTrue();
    }

    @Test
    void badAddressesAreRefusedWithTheFieldNamedAndNothingChanges() {
        String phone = newPhone();
        Map<String, Http.Response> refused = new LinkedHashMap<>();
        refused.put("name", add(phone, without(home(), "name")));
        refused.put("line1", add(phone, with(home(), "line1", "Unter\nden Linden")));
        refused.put("city", add(phone, with(home(), "city", "B".repeat(101))));
        refused.put("country", add(phone, with(home(), "country", "de")));
        refused.put("postal_code", add(phone, with(home(), "postal_code", "1011")));
        refused.put("region", add(phone, with(home(), "region", 7)));
        refused.put("floor", add(phone, with(home(), "floor", "3")));
        refused.put("phone", add("4915141999999", home()));

        refused.forEach((field, response) -> {
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.contentType()).as(field).startsWith("application/problem+json");
            assertThat(response.problem()).as(field).isEqualTo("invalid-request");
            assertThat(response.text("param")).as(field).isEqualTo(field);
        });
        assertThat(add(phone, "[1]").problem()).isEqualTo("invalid-request");
        assertThat(server.admin().get("/admin/v1/users/" + phone).status()).isEqualTo(404);
    }

    @Test
    void removingAnUnknownOrAnotherUsersAddressIsNotFound() {
        String owner = newPhone();
        String id = add(owner, home()).text("id");
        String other = newPhone();
        add(other, home());

        assertThat(server.admin()
                        .delete("/admin/v1/users/" + other + "/addresses/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(server.admin()
                        .delete("/admin/v1/users/" + owner + "/addresses/adr_nope")
                        .problem())
                .isEqualTo("not-found");
        assertThat(user(owner).get("addresses")).hasSize(1);
    }

    @Test
    void unknownOrMalformedNumbersAreRefused() {
        Http.Response unknown = server.admin().get("/admin/v1/users/" + newPhone());
        Http.Response malformed = server.admin().get("/admin/v1/users/0151-1234");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problem()).isEqualTo("not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("param")).isEqualTo("phone");
    }

    @Test
    void theUserShowsWhetherAPinIsSetAndLocked() {
        String phone = newPhone();
        add(phone, home());
        JsonNode fresh = user(phone).get("pin");
        JdbcClient.create(server.bean(DataSource.class))
                .sql("UPDATE users SET pin_hash = 'pbkdf2-sha256$x', pin_failures = 5, pin_locked_until = ?"
                        + " WHERE phone_number = ?")
                .params(SqlTime.of(Instant.parse("2100-01-01T00:00:00Z")), phone)
                .update();

        JsonNode locked = user(phone).get("pin");

        assertThat(fresh.get("set").asBoolean()).isFalse();
        assertThat(fresh.get("locked").asBoolean()).isFalse();
        assertThat(locked.get("set").asBoolean()).isTrue();
        assertThat(locked.get("locked").asBoolean()).isTrue();
        assertThat(locked.get("locked_until").asLong())
                .isEqualTo(Instant.parse("2100-01-01T00:00:00Z").getEpochSecond());
        assertThat(locked.get("failures").asInt()).isEqualTo(5);
        assertThat(user(phone).toString()).doesNotContain("pbkdf2");
    }

    @Test
    void usersAndAddressesNeedTheAdminToken() {
        String phone = newPhone();
        add(phone, home());
        List<Http.Response> refused = List.of(
                server.anonymous().get("/admin/v1/users/" + phone),
                server.anonymous().post("/admin/v1/users/" + phone + "/addresses", home()),
                server.anonymous().delete("/admin/v1/users/" + phone + "/addresses/adr_x"),
                server.admin().as("wrong-token").get("/admin/v1/users/" + phone));

        assertThat(refused).extracting(Http.Response::status).containsOnly(401);
        assertThat(user(phone).get("addresses")).hasSize(1);
    }

    static Map<String, Boolean> defaults(String phone) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        user(phone)
                .get("addresses")
                .forEach(a -> out.put(a.get("id").asString(), a.get("default").asBoolean()));
        return out;
    }
}
