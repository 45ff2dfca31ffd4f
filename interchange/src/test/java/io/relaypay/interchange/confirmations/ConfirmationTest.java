package io.relaypay.interchange.confirmations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfirmationTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static Confirmation waiting(Method method) {
        return new Confirmation(
                        "pay_1",
                        "usr_1",
                        "+4915112345671",
                        method,
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        false,
                        0,
                        0,
                        NOW,
                        NOW.plusSeconds(600))
                .withCodes(
                        ConfirmationCodes.hash("pay_1", "48213"),
                        ConfirmationCodes.hash("pay_1", "K7P3QX"),
                        NOW.plusSeconds(600));
    }

    @Test
    void eitherCodeMatchesAsTyped() {
        Confirmation c = waiting(Method.SMS_CODE);

        assertThat(c.matches("48213")).isTrue();
        assertThat(c.matches("k7p 3qx")).isTrue();
        assertThat(c.matches("48214")).isFalse();
        assertThat(c.matches("")).isFalse();
    }

    @Test
    void codeOfAnotherPaymentDoesNotMatch() {
        Confirmation other = new Confirmation(
                "pay_2",
                "usr_1",
                "+4915112345671",
                Method.SMS_CODE,
                waiting(Method.SMS_CODE).replyCodeHash(),
                Optional.empty(),
                false,
                false,
                0,
                1,
                NOW,
                NOW.plusSeconds(600));

        assertThat(other.matches("48213")).isFalse();
    }

    @Test
    void eachMethodIsSatisfiedByItsParts() {
        assertThat(waiting(Method.SMS_CODE).withCode().satisfied()).isTrue();
        assertThat(waiting(Method.PIN).withCode().satisfied()).isFalse();
        assertThat(waiting(Method.PIN).withPin().satisfied()).isTrue();
        assertThat(waiting(Method.SMS_CODE_AND_PIN).withCode().satisfied()).isFalse();
        assertThat(waiting(Method.SMS_CODE_AND_PIN).withCode().withPin().satisfied())
                .isTrue();
    }

    @Test
    void newCodesKeepTheWrongTriesAndCountTheSend() {
        Confirmation tried = waiting(Method.SMS_CODE).withWrongTry().withWrongTry();

        Confirmation resent = tried.withCodes("a", "b", NOW.plusSeconds(1200));

        assertThat(resent.attempts()).isEqualTo(2);
        assertThat(resent.sends()).isEqualTo(2);
        assertThat(resent.codesExpired(NOW.plusSeconds(900))).isFalse();
        assertThat(resent.codesExpired(NOW.plusSeconds(1200))).isTrue();
    }
}
