package io.relaypay.interchange.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.funding.FundingOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the processor's answers read as funding outcomes. */
class ProcessorAnswersTest {

    static ProcessorHttp.Answer ok(String json) {
        return new ProcessorHttp.Answer.Ok(ProcessorHttp.JSON.readTree(json));
    }

    @Test
    void capturedCardPaymentIsCapturedForTheCapturedAmount() {
        assertThat(ProcessorAnswers.charge(
                        ok("{\"id\":\"cp_1\",\"status\":\"captured\",\"amount\":900,\"amount_captured\":800}")))
                .isEqualTo(new FundingOutcome.Captured("cp_1", 800));
    }

    @Test
    void declinedPaymentCarriesItsDeclineCode() {
        assertThat(ProcessorAnswers.charge(
                        ok("{\"id\":\"cp_1\",\"status\":\"declined\",\"decline_code\":\"expired_card\"}")))
                .isInstanceOfSatisfying(
                        FundingOutcome.Declined.class, d -> assertThat(d.code()).isEqualTo("expired_card"));
    }

    @Test
    void pendingBankTransferSettlesAtItsDay() {
        assertThat(ProcessorAnswers.charge(ok("{\"id\":\"bt_1\",\"status\":\"pending\",\"settles_at\":1700000000}")))
                .isEqualTo(new FundingOutcome.Pending("bt_1", Instant.ofEpochSecond(1_700_000_000)));
    }

    @Test
    void returnedBankTransferIsDeclinedWithItsReturnCode() {
        assertThat(ProcessorAnswers.charge(ok("{\"id\":\"bt_1\",\"status\":\"returned\",\"return_code\":\"R01\"}")))
                .isInstanceOfSatisfying(
                        FundingOutcome.Declined.class, d -> assertThat(d.code()).isEqualTo("R01"));
    }

    @Test
    void emptyLookUpIsNotFound() {
        assertThat(ProcessorAnswers.charge(new ProcessorHttp.Answer.Ok(ProcessorHttp.JSON.missingNode())))
                .isEqualTo(new FundingOutcome.NotFound());
    }

    @Test
    void noAnswerIsUnknownAndARefusalADecline() {
        assertThat(ProcessorAnswers.charge(new ProcessorHttp.Answer.NoAnswer("timeout")))
                .isEqualTo(new FundingOutcome.Unknown("timeout"));
        assertThat(ProcessorAnswers.charge(new ProcessorHttp.Answer.Refused(404, "no-such-token", "no token")))
                .isEqualTo(new FundingOutcome.Declined("no-such-token", "no token"));
    }

    @Test
    void authorizedButNotCapturedIsLeftUnknownForAnOperator() {
        assertThat(ProcessorAnswers.charge(ok("{\"id\":\"cp_1\",\"status\":\"authorized\"}")))
                .isInstanceOf(FundingOutcome.Unknown.class);
    }
}
