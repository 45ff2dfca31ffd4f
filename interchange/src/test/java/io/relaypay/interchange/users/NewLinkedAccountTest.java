package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.interchange.common.ApiException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewLinkedAccountTest {

    static String param(Runnable request) {
        try {
            request.run();
        } catch (ApiException e) {
            return e.param().orElse("");
        }
        throw new AssertionError("not refused");
    }

    @Test
    void referencesNeverPrintTheirNumber() {
        var card = new NewLinkedAccount.Reference.Card("4242 4242 4242 4242", 12, 2030);
        var bank = new NewLinkedAccount.Reference.Bank("DE89370400440532013000");
        var request = new NewLinkedAccount(card, Optional.empty(), false, false);

        assertThat(card.toString()).doesNotContain("4242424242424242").contains("4242");
        assertThat(request.toString()).doesNotContain("4242424242424242");
        assertThat(bank.toString()).doesNotContain("DE89370400440532013000").contains("3000");
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(param(() -> new NewLinkedAccount.Reference.Card("4242424242424241", 12, 2030)))
                .isEqualTo("number");
        assertThat(param(() -> new NewLinkedAccount.Reference.Card("4242424242424242", 13, 2030)))
                .isEqualTo("exp_month");
        assertThat(param(() -> new NewLinkedAccount.Reference.Card("4242424242424242", 1, 30)))
                .isEqualTo("exp_year");
        assertThat(param(() -> new NewLinkedAccount.Reference.Bank("DE00370400440532013000")))
                .isEqualTo("iban");
        assertThat(param(() -> new NewLinkedAccount.Reference.Wallet("Pay Pal", "ada")))
                .isEqualTo("provider");
        assertThat(param(() -> new NewLinkedAccount.Reference.Wallet("paypal", " ")))
                .isEqualTo("wallet_account");
        assertThat(param(() -> new NewLinkedAccount.Reference.Email("ada@"))).isEqualTo("email");
    }

    @Test
    void aLabelCannotCarryACardNumber() {
        var email = new NewLinkedAccount.Reference.Email("ada@example.com");

        assertThat(param(() -> new NewLinkedAccount(email, Optional.of("card 4242 4242 4242 4242"), false, false)))
                .isEqualTo("label");
        assertThat(new NewLinkedAccount(email, Optional.of("  Work 2024 "), false, false).label())
                .hasValue("Work 2024");
    }

    @Test
    void emailDomainsAreLowerCasedLocalPartsKept() {
        assertThat(new NewLinkedAccount.Reference.Email("Ada.L@Example.COM").address())
                .isEqualTo("Ada.L@example.com");
    }

    @Test
    void walletProvidersAreLowerCased() {
        assertThat(new NewLinkedAccount.Reference.Wallet("PayPal", "ada-1").provider())
                .isEqualTo("paypal");
        assertThatThrownBy(() -> new NewLinkedAccount.Reference.Wallet("paypal", "a\u0000b"))
                .isInstanceOf(ApiException.class);
    }
}
