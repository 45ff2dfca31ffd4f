package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.agent.http.AgentRoutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule of the agent's security model over real sockets: a request that breaks it is refused,
 * gets no CORS headers where the origin is not allowed, shows no prompt and charges nothing. The
 * payment token's own rules are {@link AgentTokenSecurityIT}.
 */
class AgentSecurityIT extends AgentOverSockets {

    @Test
    void pageOfAnAllowedOriginPaysAndReadsTheReceipt() throws Exception {
        RawHttp.Response response =
                fixture.pagePays(TestMerchant.ORIGIN, fixture.token().sign()).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"succeeded\"").contains("\"receipt\":\"receipt-");
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestMerchant.ORIGIN);
        assertThat(response.header("Vary"))
                .hasValueSatisfying(v -> assertThat(v).contains("Origin"));
        assertThat(fixture.interchange.charges).hasSize(1);
        CannedInterchange.Charge charge = fixture.interchange.charges.getFirst();
        assertThat(charge.device()).isEqualTo("dev_test");
        assertThat(charge.signature()).matches("t=\\d+,sig=[A-Za-z0-9_-]{86}");
        assertThat(fixture.interchange.pinOf(charge)).isEqualTo("1234");
        assertThat(fixture.prompt.shown()).contains(TestMerchant.NAME + " 12.50 EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example:PORT", "127.0.0.1.evil.example:PORT", "127.0.0.1", "localhost:1", ""})
    void wrongHostIsRefused(String host) throws Exception {
        RawHttp.Response response = fixture.pagePays(
                        TestMerchant.ORIGIN, fixture.token().sign())
                .header("Host", host.replace("PORT", "" + fixture.port()))
                .send();

        assertRefusedUniformly(response);
    }

    @Test
    void missingHostIsRefused() throws Exception {
        assertRefusedUniformly(
                fixture.pagePays(TestMerchant.ORIGIN, fixture.token().sign())
                        .withoutHost()
                        .send());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "null",
                "http://evil.example",
                "http://shop.test:8082.evil.example",
                "http://evilshop.test:8082",
                "http://shop.test:80821",
                "http://shop.test",
                "https://shop.test:8082",
                "HTTP://SHOP.TEST:8082",
                "http://shop.test:8082/",
                "*"
            })
    void originNotExactlyAllowedIsRefused(String origin) throws Exception {
        assertRefusedUniformly(fixture.pagePays(origin, fixture.token().sign()).send());
    }

    @Test
    void twoOriginHeadersAreRefused() throws Exception {
        assertRefusedUniformly(
                fixture.pagePays(TestMerchant.ORIGIN, fixture.token().sign())
                        .header("Origin", "http://evil.example")
                        .send());
    }

    @Test
    void requestWithoutOriginOrPairingIsRefused() throws Exception {
        assertRefusedUniformly(fixture.http()
                .request("POST", "/v1/payments")
                .json("{\"token\":\"" + fixture.token().sign() + "\"}")
                .send());
    }

    @Test
    void pageNamingAnotherMerchantsKeyIsRefused() throws Exception {
        assertRefusedUniformly(fixture.http()
                .request("POST", "/v1/payments?merchant=acct_other&kid=akey_other")
                .header("Origin", TestMerchant.ORIGIN)
                .json("{\"token\":\"" + fixture.token().sign() + "\"}")
                .send());
    }

    @Test
    void tokenIssuedForAnotherAllowedOriginIsRefused() throws Exception {
        TestMerchant.Token token = fixture.token();
        token.origin = TestMerchant.OTHER_ALLOWED_ORIGIN;

        RawHttp.Response response =
                fixture.pagePays(TestMerchant.ORIGIN, token.sign()).send();

        assertThat(response.status()).isEqualTo(403);
        assertNothingCharged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"})
    void formAndTextPostsAreRefused(String contentType) throws Exception {
        RawHttp.Response response = fixture.http()
                .request("POST", "/v1/payments?merchant=" + TestMerchant.ID + "&kid=" + TestMerchant.KID)
                .header("Origin", TestMerchant.ORIGIN)
                .body(contentType, "token=" + fixture.token().sign())
                .send();

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.body()).contains("unsupported-media-type");
        assertNothingCharged();
    }

    @Test
    void oversizedBodyIsRefused() throws Exception {
        String padding = "x".repeat(AgentRoutes.MAX_BODY);
        RawHttp.Response response = fixture.http()
                .request("POST", "/v1/payments?merchant=" + TestMerchant.ID + "&kid=" + TestMerchant.KID)
                .header("Origin", TestMerchant.ORIGIN)
                .json("{\"token\":\"" + fixture.token().sign() + "\",\"pad\":\"" + padding + "\"}")
                .send();

        assertThat(response.status()).isEqualTo(413);
        assertNothingCharged();
    }

    @Test
    void canceledPromptChargesNothing() throws Exception {
        fixture.answer("cancel");

        RawHttp.Response response =
                fixture.pagePays(TestMerchant.ORIGIN, fixture.token().sign()).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"canceled\"");
        assertNothingCharged();
    }

    @Test
    void preflightOfAnAllowedOriginGrantsPrivateAndLocalNetworkAccess() throws Exception {
        RawHttp.Response response = preflight(TestMerchant.ORIGIN).send();

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestMerchant.ORIGIN);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.header("Access-Control-Allow-Headers")).contains("Content-Type");
        assertThat(response.header("Access-Control-Allow-Private-Network")).contains("true");
        assertThat(response.header("Access-Control-Allow-Local-Network")).contains("true");
        assertThat(response.header("Vary"))
                .hasValueSatisfying(v -> assertThat(v).contains("Origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "null", "http://shop.test:8082.evil.example"})
    void preflightOfAnotherOriginIsRefusedWithoutCors(String origin) throws Exception {
        assertRefusedUniformly(preflight(origin).send());
    }

    @Test
    void statusTellsAnAllowedPageOnlyWhetherTheAgentIsEnrolled() throws Exception {
        RawHttp.Response response = fixture.http()
                .request("GET", "/v1/status?merchant=" + TestMerchant.ID + "&kid=" + TestMerchant.KID)
                .header("Origin", TestMerchant.ORIGIN)
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"agent\":\"relaypay\"").contains("\"enrolled\":true");
        assertThat(response.body()).doesNotContain("4915112345678").doesNotContain("dev_test");
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestMerchant.ORIGIN);
    }

    @Test
    void statusIsRefusedToAnotherOrigin() throws Exception {
        assertRefusedUniformly(fixture.http()
                .request("GET", "/v1/status?merchant=" + TestMerchant.ID + "&kid=" + TestMerchant.KID)
                .header("Origin", "http://evil.example")
                .send());
    }

    @Test
    void pairedAppPaysWithItsToken() throws Exception {
        RawHttp.Response pairing = fixture.http()
                .request("POST", "/v1/pairings")
                .json("{\"app_name\":\"Dungeon Game\"}")
                .send();
        assertThat(pairing.status()).isEqualTo(201);
        String token = pairing.body().replaceAll(".*\"pairing_token\":\"([^\"]+)\".*", "$1");

        RawHttp.Response response = fixture.http()
                .request("POST", "/v1/payments")
                .header("Authorization", "Bearer " + token)
                .json("{\"token\":\"" + fixture.token().sign() + "\"}")
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("succeeded");
        assertThat(fixture.prompt.shown()).contains("pairing Dungeon Game");
    }

    @Test
    void unknownPairingTokenIsRefused() throws Exception {
        assertRefusedUniformly(fixture.http()
                .request("POST", "/v1/payments")
                .header("Authorization", "Bearer rpa_guessed")
                .json("{\"token\":\"" + fixture.token().sign() + "\"}")
                .send());
    }

    @Test
    void pagesCannotPair() throws Exception {
        RawHttp.Response response = fixture.http()
                .request("POST", "/v1/pairings")
                .header("Origin", TestMerchant.ORIGIN)
                .json("{\"app_name\":\"Sneaky\"}")
                .send();

        assertRefusedUniformly(response);
        assertThat(fixture.prompt.shown()).doesNotContain("pairing Sneaky");
    }

    private RawHttp preflight(String origin) {
        return fixture.http()
                .request("OPTIONS", "/v1/payments?merchant=" + TestMerchant.ID + "&kid=" + TestMerchant.KID)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .header("Access-Control-Request-Private-Network", "true")
                .header("Access-Control-Request-Local-Network", "true");
    }
}
