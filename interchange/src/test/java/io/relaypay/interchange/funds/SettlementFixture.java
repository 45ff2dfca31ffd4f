package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.InMemoryLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;

/**
 * What the settlement unit tests stand on: an in-memory ledger with its account index, a simulated
 * carrier, one merchant on 3 % + 0.10, and {@link PaymentSettlement} over them; after each test
 * the books must balance and no constrained account may be negative.
 */
abstract class SettlementFixture {

    static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    static final String NORTHWIND_PHONE = "+4915112345671";
    static final String UNBILLABLE_PHONE = "+33612345678";

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryLedger ledger = new InMemoryLedger(clock);
    final InMemoryLedgerAccountStore index = new InMemoryLedgerAccountStore();
    final LedgerAccounts accounts = new LedgerAccounts(ledger, index);
    final Bookings bookings = new Bookings(ledger, accounts);
    final InMemoryFundingStore fundings = new InMemoryFundingStore();
    final SimulatedCarrier carrier = new SimulatedCarrier();
    final Merchant merchant =
            new Merchant("mer_1", "Acme Games", Optional.empty(), new FeeTerms(300, 10), Set.of(), "general", NOW);
    final PaymentSettlement settlement = settlement(PremiumTopUps.NONE);

    /** A settlement over this fixture that tops short balances up through {@code topUps}. */
    PaymentSettlement settlement(PremiumTopUps topUps) {
        return new PaymentSettlement(
                fundings,
                bookings,
                carrier,
                new Carriers(List.of(new Carriers.Carrier("northwind", List.of("+49151", "+49160"), 3_000))),
                id -> Optional.of(merchant).filter(m -> m.id().equals(id)),
                new Ids(clock),
                clock,
                Duration.ofSeconds(60),
                FeeSchedule.STANDARD,
                topUps);
    }

    static Payment processing(String id, long amount, String phone) {
        return new Payment(
                id,
                "mer_1",
                false,
                PaymentStatus.PROCESSING,
                amount,
                "EUR",
                0,
                "order-" + id,
                Optional.of("Sword of dawn"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(phone),
                Optional.of("usr_buyer"),
                Optional.empty(),
                NOW,
                NOW.plusSeconds(900),
                NOW,
                1,
                false,
                Optional.empty());
    }

    long balanceOf(BookAccount account) {
        return ledger.balance(accounts.idOf(account, "EUR", false))
                .map(Balance::net)
                .orElse(0L);
    }

    void topUp(long amount) {
        bookings.topUp("usr_buyer", amount, "EUR", "seed-" + amount);
    }

    @AfterEach
    void booksBalanceAndNoConstrainedAccountIsNegative() {
        List<AccountRecord> all = ledger.accounts(
                index.all().stream().map(LedgerAccountStore.Row::accountId).toList());
        Map<String, Long> sums = all.stream()
                .collect(Collectors.groupingBy(
                        a -> a.account().currency().getCurrencyCode(),
                        Collectors.summingLong(a -> a.balance().net())));
        sums.values().forEach(sum -> assertThat(sum).isZero());
        for (AccountRecord a : all) {
            Balance b = a.balance();
            if (a.account().has(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)) {
                assertThat(b.creditsPosted() - b.debitsPosted() - b.debitsPending())
                        .isNotNegative();
            }
            if (a.account().has(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS)) {
                assertThat(b.debitsPosted() - b.creditsPosted() - b.creditsPending())
                        .isNotNegative();
            }
        }
    }
}
