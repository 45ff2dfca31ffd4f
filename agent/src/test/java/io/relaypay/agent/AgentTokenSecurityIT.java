package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The payment token a page hands the agent, over real sockets: single use, short-lived, signed by
 * the merchant's key with ES256 only, and read strictly. Each refused token charges nothing.
 */
class AgentTokenSecurityIT extends AgentOverSockets {

    @Test
    void replayedTokenIsRefusedAndChargedOnce() throws Exception {
        String token = fixture.token().sign();

        assertThat(fixture.pagePays(TestMerchant.ORIGIN, token).send().status()).isEqualTo(200);
        RawHttp.Response replay = fixture.pagePays(TestMerchant.ORIGIN, token).send();

        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.body()).contains("payment-token-replayed");
        assertThat(fixture.interchange.charges).hasSize(1);
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        TestMerchant.Token token = fixture.token();
        token.iat -= 700;
        token.exp = token.iat + 600;

        RawHttp.Response response =
                fixture.pagePays(TestMerchant.ORIGIN, token.sign()).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("payment-token-expired");
        assertNothingCharged();
    }

    @Test
    void tokenLivingLongerThanTenMinutesIsRefused() throws Exception {
        TestMerchant.Token token = fixture.token();
        token.exp = token.iat + 601;

        RawHttp.Response response =
                fixture.pagePays(TestMerchant.ORIGIN, token.sign()).send();

        assertThat(response.body()).contains("payment-token-invalid");
        assertNothingCharged();
    }

    @Test
    void tamperedTokenIsRefused() throws Exception {
        String[] parts = fixture.token().sign().split("\\.");
        TestMerchant.Token cheaper = fixture.token();
        cheaper.amount = 1;
        String forged = cheaper.sign().split("\\.")[1];

        RawHttp.Response response = fixture.pagePays(TestMerchant.ORIGIN, parts[0] + "." + forged + "." + parts[2])
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("payment-token-invalid");
        assertNothingCharged();
    }

    @Test
    void signedTokenRepeatingAClaimIsRefused() throws Exception {
        TestMerchant.Token token = fixture.token();
        // Readers differ on which "amount" counts; the merchant signed both, the agent takes neither.
        token.claimsText = claims -> claims.substring(0, claims.length() - 1) + ",\"amount\":1}";

        RawHttp.Response response =
                fixture.pagePays(TestMerchant.ORIGIN, token.sign()).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("payment-token-invalid");
        assertNothingCharged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "HS256", "RS256"})
    void tokenWithAnotherAlgorithmIsRefused(String alg) throws Exception {
        TestMerchant.Token token = fixture.token();
        token.alg = alg;

        assertThat(fixture.pagePays(TestMerchant.ORIGIN, token.sign()).send().body())
                .contains("payment-token-invalid");
        assertNothingCharged();
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
        String forged = new TestMerchant().token(Instant.now()).sign();

        assertThat(fixture.pagePays(TestMerchant.ORIGIN, forged).send().body()).contains("payment-token-invalid");
        assertNothingCharged();
    }
}
