package io.relaypay.simulator.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.testkit.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The processor's rules without HTTP: card outcomes, the challenge, refunds, bank settlement, stored value. */
class ProcessorTest {

    final TestClock clock = TestClock.standing();
    final Processor processor = new Processor(ProcessorConfig.defaults(), clock);

    String token(String pan) {
        return processor.cards().tokenize(pan, 12, 2034).token();
    }

    @Test
    void ordinaryCardIsCapturedAtOnce() {
        CardPayment payment =
                processor.cards().authorize(token("4242424242424242"), 1_000, "EUR", "dep_1", true, false);

        assertThat(payment.status()).isEqualTo(CardPayment.Status.CAPTURED);
        assertThat(payment.amountCaptured()).isEqualTo(1_000);
    }

    @Test
    void testNumbersDeclineWithTheirCode() {
        assertThat(processor
                        .cards()
                        .authorize(token("4000000000009995"), 100, "EUR", "r", true, false)
                        .declineCode())
                .isEqualTo("insufficient_funds");
        assertThat(processor
                        .cards()
                        .authorize(token("4000000000000069"), 100, "EUR", "r", true, false)
                        .declineCode())
                .isEqualTo("expired_card");
        assertThat(processor
                        .cards()
                        .authorize(token("4000000000000127"), 100, "EUR", "r", true, false)
                        .declineCode())
                .isEqualTo("incorrect_cvc");
        assertThat(processor
                        .cards()
                        .authorize(token("4000000000000119"), 100, "EUR", "r", true, false)
                        .declineCode())
                .isEqualTo("processing_error");
        assertThat(processor
                        .cards()
                        .authorize(token("4000000000000002"), 100, "EUR", "r", true, false)
                        .status())
                .isEqualTo(CardPayment.Status.DECLINED);
    }

    @Test
    void numberFailingLuhnIsNotTokenized() {
        assertThatThrownBy(() -> token("4242424242424241"))
                .isInstanceOfSatisfying(
                        ProcessorException.class, e -> assertThat(e.code()).isEqualTo("invalid-number"));
    }

    @Test
    void tokenizedCardNeverPrintsItsNumber() {
        assertThat(processor.cards().tokenize("4242424242424242", 1, 2030).toString())
                .doesNotContain("4242424242424242")
                .contains("4242");
    }

    @Test
    void challengeCardCapturesOnlyAfterTheRightCode() {
        CardPayment waiting = processor.cards().authorize(token("4000002760003184"), 700, "EUR", "r", true, false);
        assertThat(waiting.status()).isEqualTo(CardPayment.Status.REQUIRES_ACTION);
        Challenge challenge = processor.cards().challenge(waiting.challengeId()).orElseThrow();

        assertThatThrownBy(() -> processor.cards().completeChallenge(waiting.id(), "wrong"))
                .isInstanceOfSatisfying(
                        ProcessorException.class, e -> assertThat(e.code()).isEqualTo("challenge-failed"));
        CardPayment done = processor.cards().completeChallenge(waiting.id(), challenge.code());

        assertThat(done.status()).isEqualTo(CardPayment.Status.CAPTURED);
        assertThat(done.amountCaptured()).isEqualTo(700);
    }

    @Test
    void threeWrongChallengeCodesDeclineThePayment() {
        CardPayment waiting = processor.cards().authorize(token("4000002760003184"), 700, "EUR", "r", true, false);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> processor.cards().completeChallenge(waiting.id(), "x"))
                    .isInstanceOf(ProcessorException.class);
        }

        assertThat(processor.cards().completeChallenge(waiting.id(), "x").declineCode())
                .isEqualTo("authentication_failed");
    }

    @Test
    void refundsNeverExceedWhatWasCaptured() {
        CardPayment authorized =
                processor.cards().authorize(token("4242424242424242"), 1_000, "EUR", "r", false, false);
        processor.cards().capture(authorized.id(), 800);
        processor.cards().refund(authorized.id(), 500);

        assertThatThrownBy(() -> processor.cards().refund(authorized.id(), 301))
                .isInstanceOfSatisfying(
                        ProcessorException.class, e -> assertThat(e.code()).isEqualTo("refund-exceeds-captured"));
        processor.cards().refund(authorized.id(), 300);
        assertThat(processor.cards().payment(authorized.id()).orElseThrow().amountRefunded())
                .isEqualTo(800);
    }

    @Test
    void voidedAuthorizationCannotBeCaptured() {
        CardPayment authorized =
                processor.cards().authorize(token("4242424242424242"), 1_000, "EUR", "r", false, false);
        processor.cards().cancel(authorized.id());

        assertThatThrownBy(() -> processor.cards().capture(authorized.id(), 1_000))
                .isInstanceOfSatisfying(
                        ProcessorException.class, e -> assertThat(e.code()).isEqualTo("invalid-state"));
    }

    @Test
    void bankDebitStaysPendingUntilItsSettlementDay() {
        BankTransfer debit = processor
                .bankTransfers()
                .create(BankTransfer.Direction.DEBIT, "000123456789", "110000000", 5_000, "USD", "dep_2");
        processor.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(processor.bankTransfers().transfer(debit.id()).orElseThrow().status())
                .isEqualTo(BankTransfer.Status.PENDING);

        processor.advance(Duration.ofSeconds(1));

        assertThat(processor.bankTransfers().transfer(debit.id()).orElseThrow().status())
                .isEqualTo(BankTransfer.Status.SETTLED);
    }

    @Test
    void bankDebitsOfTestAccountsReturnWithTheirCode() {
        BankTransfer shortOfFunds = processor
                .bankTransfers()
                .create(
                        BankTransfer.Direction.DEBIT,
                        BankTransfer.INSUFFICIENT_FUNDS_ACCOUNT,
                        "110000000",
                        5_000,
                        "USD",
                        "a");
        BankTransfer noAccount = processor
                .bankTransfers()
                .create(BankTransfer.Direction.DEBIT, BankTransfer.NO_ACCOUNT, "110000000", 5_000, "USD", "b");

        processor.advance(Duration.ofDays(3));

        assertThat(processor
                        .bankTransfers()
                        .transfer(shortOfFunds.id())
                        .orElseThrow()
                        .returnCode())
                .isEqualTo("R01");
        assertThat(processor
                        .bankTransfers()
                        .transfer(noAccount.id())
                        .orElseThrow()
                        .returnCode())
                .isEqualTo("R03");
    }

    @Test
    void storedValueIsChargedAndRefundedWithinItsBalance() {
        processor.fundStoredValue("Ana@Example.com", "EUR", 1_000);

        StoredValuePayment paid = processor.storedValue().charge("ana@example.com", 600, "EUR", "r", false);
        StoredValuePayment refused = processor.storedValue().charge("ana@example.com", 600, "EUR", "r2", false);
        processor.storedValue().refund(paid.id(), 100);

        assertThat(paid.succeeded()).isTrue();
        assertThat(refused.declineCode()).isEqualTo("insufficient_funds");
        assertThat(processor
                        .storedValue()
                        .account("ana@example.com")
                        .orElseThrow()
                        .balance())
                .isEqualTo(500);
    }

    @Test
    void storedValueOfAnUnknownEmailIsDeclined() {
        assertThat(processor
                        .storedValue()
                        .charge("nobody@example.com", 1, "EUR", "r", false)
                        .declineCode())
                .isEqualTo("no_account");
    }
}
