package io.relaypay.interchange.support;

import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Money set-up for ITs over a {@link RunningInterchange}: merchants with fee terms, buyers with a
 * test-mode balance, and payments moved to {@code processing} and settled the way the checkout
 * does it (the checkout is built elsewhere; these steps stand in for it, for set-up only).
 */
public final class FundsFixture {

    private final RunningInterchange server;

    /** Fixtures on {@code server}. */
    public FundsFixture(RunningInterchange server) {
        this.server = server;
    }

    /** A merchant charging {@code basisPoints} plus {@code fixed} per payment, with a test key. */
    public RunningInterchange.TestMerchant merchant(String name, long basisPoints, long fixed) {
        Http.Response created = server.admin()
                .post("/admin/v1/merchants", Map.of("name", name, "fee_basis_points", basisPoints, "fee_fixed", fixed));
        if (created.status() != 201) {
            throw new IllegalStateException("merchant not created: " + created.raw());
        }
        String id = created.text("id");
        String secret = server.admin()
                .post("/admin/v1/merchants/" + id + "/keys", Map.of())
                .text("secret");
        return new RunningInterchange.TestMerchant(
                id, secret, created.text("webhook_secret"), new Http(server.base(), secret));
    }

    /** A live key of {@code merchant}. */
    public Http liveApi(RunningInterchange.TestMerchant merchant) {
        String secret = server.admin()
                .post("/admin/v1/merchants/" + merchant.id() + "/keys", Map.of("livemode", true))
                .text("secret");
        return new Http(server.base(), secret);
    }

    /** Credits the buyer's test-mode balance through the admin API. */
    public void topUp(String phone, long amount, String reference) {
        Http.Response credited = server.admin()
                .post(
                        "/admin/v1/users/" + phone + "/credits",
                        Map.of("amount", amount, "currency", "EUR", "reference", reference));
        if (credited.status() != 201 && credited.status() != 200) {
            throw new IllegalStateException("top-up refused: " + credited.raw());
        }
    }

    /** A payment created through the API and moved to {@code processing} for the buyer at {@code phone}. */
    public Payment processing(RunningInterchange.TestMerchant merchant, long amount, String phone) {
        Http.Response created = merchant.api()
                .post(
                        "/v1/payments",
                        Map.of(
                                "amount",
                                amount,
                                "currency",
                                "EUR",
                                "reference",
                                "order-" + amount,
                                "description",
                                "Sword"));
        if (created.status() != 201) {
            throw new IllegalStateException("payment not created: " + created.raw());
        }
        String user = server.bean(BuyerDirectory.class).findOrCreate(phone);
        return server.bean(PaymentService.class)
                .change(
                        created.text("id"),
                        p -> p.withBuyer(phone, user, Instant.now())
                                .moveTo(PaymentStatus.REQUIRES_CONFIRMATION, Instant.now())
                                .moveTo(PaymentStatus.PROCESSING, Instant.now()));
    }

    /** Settles the payment's money as the checkout does, and moves it on by the outcome. */
    public PaymentFunding.Outcome settle(Payment payment) {
        PaymentFunding.Outcome outcome = server.bean(PaymentFunding.class).settle(payment);
        server.bean(PaymentService.class).change(payment.id(), current -> switch (outcome) {
            case PaymentFunding.Outcome.Paid paid -> current.moveTo(PaymentStatus.SUCCEEDED, Instant.now());
            case PaymentFunding.Outcome.Failed f ->
                current.fail(PaymentStatus.FAILED, f.reason(), f.message(), Instant.now());
            case PaymentFunding.Outcome.Pending p -> current;
        });
        return outcome;
    }

    /** A succeeded payment paid from the buyer's balance (topped up first). */
    public Payment succeeded(RunningInterchange.TestMerchant merchant, long amount, String phone) {
        topUp(phone, amount, "for-" + Long.toHexString(System.nanoTime()));
        Payment payment = processing(merchant, amount, phone);
        if (!(settle(payment) instanceof PaymentFunding.Outcome.Paid)) {
            throw new IllegalStateException("payment " + payment.id() + " was not paid");
        }
        return server.bean(PaymentService.class).find(payment.id()).orElseThrow();
    }

    /** The buyer's test-mode EUR wallet balance, from the admin API (0 without an account). */
    public long walletBalance(String phone) {
        return account(phone, "wallet").map(a -> a.get("balance").asLong()).orElse(0L);
    }

    /** One of the buyer's test-mode EUR accounts as the admin API shows it. */
    public java.util.Optional<JsonNode> account(String phone, String purpose) {
        Http.Response balances = server.admin().get("/admin/v1/users/" + phone + "/balances");
        if (balances.status() == 404) {
            return java.util.Optional.empty();
        }
        for (JsonNode account : balances.json().get("data")) {
            if (account.get("purpose").asString().equals(purpose)
                    && account.get("currency").asString().equals("EUR")
                    && !account.get("livemode").asBoolean()) {
                return java.util.Optional.of(account);
            }
        }
        return java.util.Optional.empty();
    }

    /** The merchant's test-mode EUR available balance from {@code GET /v1/balance}. */
    public long available(RunningInterchange.TestMerchant merchant) {
        for (JsonNode amount : merchant.api().get("/v1/balance").json().get("available")) {
            if (amount.get("currency").asString().equals("EUR")) {
                return amount.get("amount").asLong();
            }
        }
        return 0;
    }
}
