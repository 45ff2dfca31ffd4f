package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.funding.DepositJanitor;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One try of {@link StatementLedgerPropertyIT}: its merchants and buyers, fresh so that their
 * statements are theirs alone, and the operations it draws, each done as a user or an operator
 * would over the real interchange and simulator.
 */
final class StatementSequence {
    private static final Pattern CODE = Pattern.compile("enter ([A-Z0-9]{6}) to add");
    private static final Pattern PREMIUM_REPLY = Pattern.compile("reply (\\d{5}) to deposit");

    private final StatementWorld world;
    final int number;
    final Instant start;
    final List<TestMerchant> merchants;
    final List<String> buyers;
    final Map<String, String> linked = new HashMap<>();
    final List<Paid> paid = new ArrayList<>();
    final List<String> deposited = new ArrayList<>();
    Instant lastRunEnd;
    int operatorBilled;
    int premium;
    int refunds;
    int refundsToTheBill;
    int depositRefunds;
    boolean paidOut;

    record Paid(TestMerchant merchant, String payment, long amount, boolean billed) {}

    StatementSequence(StatementWorld world, int number, Instant start) {
        this.world = world;
        this.number = number;
        this.start = start;
        this.lastRunEnd = start;
        this.merchants = List.of(merchant("Prop A " + number, 150, 5), merchant("Prop B " + number, 0, 30));
        this.buyers = List.of(phone(number, 1), phone(number, 2));
    }

    void deposit(StatementOp.Deposit d) {
        String phone = buyers.get(d.buyer());
        Map<String, Object> body =
                new HashMap<>(Map.of("funding_method", d.method().wire, "amount", d.amount(), "currency", "EUR"));
        if (d.method() != StatementOp.Method.PHONE_BILL) {
            body.put("linked_account", linkedAccount(phone, d.method()));
        }
        long codesBefore = codes(phone).size();
        Http.Response created = world.server.admin().post("/admin/v1/users/" + phone + "/funding-deposits", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        if (!created.text("status").equals("requires_confirmation")) {
            return; // declined at once (a bill over its limit): nothing moved
        }
        String code = await().atMost(Duration.ofSeconds(20))
                .until(() -> codes(phone), c -> c.size() > codesBefore)
                .getLast();
        String id = created.text("id");
        Http.Response confirmed =
                world.server.admin().post("/admin/v1/funding-deposits/" + id + "/confirm", Map.of("code", code));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        if (d.method() == StatementOp.Method.BANK) {
            // A bank debit clears after three business days at the processor.
            // The janitor looks at deposits untouched since before now: a second later on ours.
            world.network.processor().advance(Duration.ofDays(3));
            world.clock.advance(Duration.ofSeconds(1));
            world.server.bean(DepositJanitor.class).tick();
        }
        String status =
                world.server.admin().get("/admin/v1/funding-deposits/" + id).text("status");
        assertThat(status).as("deposit " + id + " by " + d.method()).isEqualTo("succeeded");
        deposited.add(id);
    }

    /** A deposit by premium SMS: the user replies with the texted code, each charge is billed. */
    void premiumDeposit(StatementOp.PremiumDeposit d) {
        String phone = buyers.get(d.buyer());
        // Counted before the deposit exists: its text can reach the phone before the answer does.
        long repliesBefore = matches(phone, PREMIUM_REPLY).size();
        Http.Response created = world.server
                .admin()
                .post(
                        "/admin/v1/deposits",
                        Map.of("phone_number", phone, "amount", d.amount(), "currency", "EUR"),
                        Map.of("Idempotency-Key", "prop-" + number + "-" + premium++));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String reply = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            world.clock.advance(Duration.ofSeconds(1)); // outbox backoffs run on our clock
                            return matches(phone, PREMIUM_REPLY);
                        },
                        c -> c.size() > repliesBefore)
                .getLast();
        world.network.phone(phone).sendMo("84444", reply);
        String id = created.text("id");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    world.clock.advance(Duration.ofSeconds(1));
                    return world.server
                            .admin()
                            .get("/admin/v1/deposits/" + id)
                            .text("status")
                            .equals("succeeded");
                });
    }

    void purchase(StatementOp.Purchase p) {
        TestMerchant merchant = merchants.get(p.merchant());
        String phone = buyers.get(p.buyer());
        boolean fromBalance = world.funds.walletBalance(phone) >= p.amount();
        Payment payment = world.funds.processing(merchant, p.amount(), phone);
        if (world.funds.settle(payment) instanceof PaymentFunding.Outcome.Paid) {
            paid.add(new Paid(merchant, payment.id(), p.amount(), !fromBalance));
            operatorBilled += fromBalance ? 0 : 1;
        } // else declined by the carrier (spending limit): nothing moved
    }

    void refund(StatementOp.Refund r) {
        if (paid.isEmpty()) {
            return;
        }
        Paid payment = paid.get(r.purchase() % paid.size());
        long amount = Math.max(1, payment.amount() * r.percent() / 100);
        Http.Response answer =
                payment.merchant().api().post("/v1/refunds", Map.of("payment", payment.payment(), "amount", amount));
        assertThat(answer.status()).as(answer.raw()).isIn(201, 400, 409);
        refunds += answer.status() == 201 ? 1 : 0;
        refundsToTheBill += answer.status() == 201 && payment.billed() ? 1 : 0;
    }

    void depositRefund(StatementOp.DepositRefund r) {
        if (deposited.isEmpty()) {
            return;
        }
        String id = deposited.get(r.deposit() % deposited.size());
        long amount = world.server
                .admin()
                .get("/admin/v1/funding-deposits/" + id)
                .json()
                .get("amount")
                .asLong();
        Http.Response answer = world.server
                .admin()
                .post(
                        "/admin/v1/funding-deposits/" + id + "/refunds",
                        Map.of("amount", Math.max(1, amount * r.percent() / 100)));
        assertThat(answer.status()).as(answer.raw()).isIn(201, 409);
        depositRefunds += answer.status() == 201 && answer.text("status").equals("succeeded") ? 1 : 0;
    }

    void payoutRun() {
        world.clock.advance(Duration.ofSeconds(1));
        Instant end = world.clock.instant();
        Http.Response answer = world.server
                .admin()
                .post("/admin/v1/payout-runs", Map.of("from", lastRunEnd.toString(), "to", end.toString()));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        answer.json()
                .get("payouts")
                .forEach(p -> paidOut |= p.get("status").asString().equals("paid"));
        lastRunEnd = end;
    }

    private String linkedAccount(String phone, StatementOp.Method method) {
        return linked.computeIfAbsent(phone + " " + method, k -> {
            Map<String, Object> account = switch (method) {
                case CARD -> Map.of("kind", "card", "number", "4242424242424242", "exp_month", 12, "exp_year", 2034);
                case BANK -> Map.of("kind", "bank", "iban", "DE89370400440532013000");
                case STORED_VALUE -> {
                    String email = "prop" + phone.substring(1) + "@example.com";
                    world.network.processor().fundStoredValue(email, "EUR", 1_000_00);
                    yield Map.of("kind", "email", "email", email);
                }
                case PHONE_BILL -> throw new IllegalArgumentException("the phone bill is not a linked account");
            };
            Http.Response answer = world.server.admin().post("/admin/v1/users/" + phone + "/linked-accounts", account);
            assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
            return answer.text("id");
        });
    }

    private List<String> codes(String phone) {
        return matches(phone, CODE);
    }

    private List<String> matches(String phone, Pattern pattern) {
        return world.network.phone(phone).inbox().stream()
                .map(m -> pattern.matcher(m.text()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }

    private String phone(int run, int buyer) {
        String phone = "+4915141" + String.format("%06d", run * 10 + buyer);
        world.network.addPhone(phone, "northwind");
        return phone;
    }

    private TestMerchant merchant(String name, long basisPoints, long fixed) {
        TestMerchant merchant = world.funds.merchant(name, basisPoints, fixed);
        world.server
                .admin()
                .put(
                        "/admin/v1/merchants/" + merchant.id() + "/payout-account",
                        "application/json",
                        "{\"account\":\"DE0012345678\"}");
        // Each merchant pays other terms for purchases paid by the phone bill.
        Http.Response terms = world.server
                .admin()
                .put(
                        "/admin/v1/merchants/" + merchant.id() + "/fees/operator-billing",
                        "application/json",
                        "{\"fee_basis_points\":" + (basisPoints + 300) + ",\"fee_fixed\":" + (fixed + 10) + "}");
        assertThat(terms.status()).as(terms.raw()).isEqualTo(200);
        return merchant;
    }
}
