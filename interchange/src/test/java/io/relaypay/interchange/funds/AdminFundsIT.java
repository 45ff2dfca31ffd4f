package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The admin money API over real HTTP: top-ups, a buyer's balances, an account's entries. */
class AdminFundsIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.funds.janitor-interval", "1h");

    final FundsFixture funds = new FundsFixture(server);

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static Http.Response credit(String phone, long amount, String reference) {
        return server.admin()
                .post(
                        "/admin/v1/users/" + phone + "/credits",
                        Map.of("amount", amount, "currency", "EUR", "reference", reference));
    }

    @Test
    void creditToANewNumberCreatesTheBuyerWithThatBalance() {
        Http.Response credited = credit("+4915130000001", 1_500, "welcome-1");

        assertThat(credited.status()).isEqualTo(201);
        assertThat(credited.text("user")).startsWith("usr_");
        assertThat(credited.json().get("repeated").asBoolean()).isFalse();
        assertThat(funds.walletBalance("+4915130000001")).isEqualTo(1_500);
    }

    @Test
    void sameReferenceCreditsOnce() {
        credit("+4915130000002", 700, "promo-7");
        Http.Response again = credit("+4915130000002", 700, "promo-7");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        assertThat(funds.walletBalance("+4915130000002")).isEqualTo(700);
    }

    @Test
    void sameReferenceWithAnotherAmountIsRefused() {
        credit("+4915130000003", 700, "promo-8");
        Http.Response other = credit("+4915130000003", 900, "promo-8");

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.problem()).isEqualTo("idempotency-key-reused");
        assertThat(funds.walletBalance("+4915130000003")).isEqualTo(700);
    }

    @Test
    void badCreditsAreRefusedWithTheFieldNamed() {
        assertThat(credit("4915130000004", 100, "r").text("param")).isEqualTo("phone");
        assertThat(credit("+4915130000004", 0, "r").text("param")).isEqualTo("amount");
        Http.Response currency = server.admin()
                .post(
                        "/admin/v1/users/+4915130000004/credits",
                        Map.of("amount", 100, "currency", "eur", "reference", "r"));
        assertThat(currency.text("param")).isEqualTo("currency");
        Http.Response noReference =
                server.admin().post("/admin/v1/users/+4915130000004/credits", Map.of("amount", 100, "currency", "EUR"));
        assertThat(noReference.text("param")).isEqualTo("reference");
        assertThat(server.admin().get("/admin/v1/users/+4915130000004/balances").status())
                .isEqualTo(404);
    }

    @Test
    void adminApiNeedsTheAdminToken() {
        Http.Response anonymous = server.anonymous().get("/admin/v1/users/+4915130000001/balances");
        Http.Response asMerchant = funds.merchant("Sneaky", 0, 0)
                .api()
                .post(
                        "/admin/v1/users/+4915130000001/credits",
                        Map.of("amount", 100, "currency", "EUR", "reference", "x"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(asMerchant.status()).isEqualTo(401);
    }

    @Test
    void entriesListAnAccountsTransfersNewestFirstAPageAtATime() {
        String phone = "+4915130000005";
        credit(phone, 100, "a");
        credit(phone, 200, "b");
        credit(phone, 300, "c");
        String wallet =
                funds.account(phone, "wallet").orElseThrow().get("account_id").asString();

        Http.Response first = server.admin().get("/admin/v1/ledger/accounts/" + wallet + "/entries?limit=2");
        long nextBefore = first.json().get("next_before").asLong();
        Http.Response second =
                server.admin().get("/admin/v1/ledger/accounts/" + wallet + "/entries?limit=2&before=" + nextBefore);

        JsonNode page = first.json().get("data");
        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("amount").asLong()).isEqualTo(300);
        assertThat(page.get(0).get("entry").asString()).isEqualTo("top_up");
        assertThat(page.get(0).get("side").asString()).isEqualTo("credit");
        assertThat(page.get(1).get("amount").asLong()).isEqualTo(200);
        assertThat(first.json().get("has_more").asBoolean()).isTrue();
        assertThat(second.json().get("data")).hasSize(1);
        assertThat(second.json().get("data").get(0).get("amount").asLong()).isEqualTo(100);
        assertThat(second.json().get("has_more").asBoolean()).isFalse();
    }

    @Test
    void entriesOfAPaymentShowTheHoldPostedAndTheFee() {
        RunningInterchange.TestMerchant merchant = funds.merchant("Entry Shop", 0, 50);
        String phone = "+4915130000006";
        funds.succeeded(merchant, 400, phone);
        String wallet =
                funds.account(phone, "wallet").orElseThrow().get("account_id").asString();

        JsonNode entries = server.admin()
                .get("/admin/v1/ledger/accounts/" + wallet + "/entries")
                .json()
                .get("data");

        assertThat(entries).hasSize(3); // top-up, hold, post
        assertThat(entries.get(0).get("entry").asString()).isEqualTo("payment");
        assertThat(entries.get(0).get("flags").toString()).isEqualTo("[\"linked\",\"post_pending\"]");
        assertThat(entries.get(1).get("state").asString()).isEqualTo("posted");
        assertThat(entries.get(1).get("side").asString()).isEqualTo("debit");
    }

    @Test
    void unknownOrMalformedAccountsAreRefused() {
        assertThat(server.admin()
                        .get("/admin/v1/ledger/accounts/00000000-0000-8000-8000-000000000001/entries")
                        .status())
                .isEqualTo(404);
        assertThat(server.admin()
                        .get("/admin/v1/ledger/accounts/not-a-uuid/entries")
                        .problem())
                .isEqualTo("invalid-request");
        assertThat(server.admin()
                        .get("/admin/v1/ledger/accounts/00000000-0000-8000-8000-000000000001/entries?limit=0")
                        .text("param"))
                .isEqualTo("limit");
    }

    @Test
    void balancesOfAnUnknownNumberAreNotFound() {
        Http.Response balances = server.admin().get("/admin/v1/users/+4915139999999/balances");

        assertThat(balances.status()).isEqualTo(404);
        assertThat(balances.problem()).isEqualTo("not-found");
    }
}
