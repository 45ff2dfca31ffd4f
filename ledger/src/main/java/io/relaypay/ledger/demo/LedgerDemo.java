package io.relaypay.ledger.demo;

import com.zaxxer.hikari.HikariDataSource;
import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.store.JdbcLedger;
import io.relaypay.ledger.store.LedgerDataSources;
import io.relaypay.ledger.store.LedgerSchema;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * {@code ./relaypay demo} until the interchange exists: a buyer tops up by premium SMS, pays a
 * merchant with a two-phase hold, and the carrier's share is booked, on the embedded H2 file
 * database under {@code ./data}. Running it again shows idempotency: the same requests return
 * {@code exists} and change nothing.
 */
public final class LedgerDemo {

    private static final int CODE_DEPOSIT = 1;
    private static final int CODE_PAYMENT = 2;
    private static final int CODE_CARRIER_SHARE = 3;

    private final Ledger ledger;
    private final PrintStream out;

    LedgerDemo(Ledger ledger, PrintStream out) {
        this.ledger = ledger;
        this.out = out;
    }

    /** Runs the demonstration against {@code ./data/relaypay} (or the directory in {@code args[0]}). */
    public static void main(String[] args) {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "data").toAbsolutePath();
        String url = "jdbc:h2:file:" + dataDir.resolve("relaypay") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (HikariDataSource dataSource = LedgerDataSources.pool(url, "sa", "", null, 2)) {
            LedgerSchema.migrate(dataSource);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println("Relaypay ledger demo on " + url);
            new LedgerDemo(new JdbcLedger(dataSource, Clock.systemUTC()), out).run();
        }
    }

    void run() {
        AccountId alice = account("alice");
        AccountId merchant = account("demo-shop");
        AccountId carrier = account("carrier-receivable");
        AccountId carrierFees = account("carrier-fees");
        ledger.createAccounts(List.of(
                Account.of(alice, AccountKind.USER, "EUR").withFlags(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS),
                Account.of(merchant, AccountKind.MERCHANT, "EUR"),
                Account.of(carrier, AccountKind.CARRIER_RECEIVABLE, "EUR"),
                Account.of(carrierFees, AccountKind.FEES, "EUR")));

        TransferId deposit = transfer("deposit-1");
        TransferId share = transfer("carrier-share-1");
        TransferId hold = transfer("payment-1-hold");
        TransferId capture = transfer("payment-1-capture");
        List<Transfer> flow = List.of(
                // A 10 EUR premium-SMS deposit: the carrier owes us 10, and keeps 3 of it as its share.
                Transfer.builder(deposit)
                        .debit(carrier)
                        .credit(alice)
                        .amount(Money.of(1000, "EUR"))
                        .code(CODE_DEPOSIT)
                        .linked()
                        .build(),
                Transfer.builder(share)
                        .debit(carrierFees)
                        .credit(carrier)
                        .amount(Money.of(300, "EUR"))
                        .code(CODE_CARRIER_SHARE)
                        .build(),
                // Alice pays the shop 7.50: hold for 15 minutes, then capture.
                Transfer.builder(hold)
                        .debit(alice)
                        .credit(merchant)
                        .amount(Money.of(750, "EUR"))
                        .code(CODE_PAYMENT)
                        .pending(900)
                        .build(),
                Transfer.builder(capture)
                        .post(hold)
                        .amount(Money.of(750, "EUR"))
                        .build());
        report("deposit, carrier share, payment hold, capture", flow, ledger.createTransfers(flow));

        Transfer tooMuch = Transfer.builder(transfer("payment-2"))
                .debit(alice)
                .credit(merchant)
                .amount(Money.of(5000, "EUR"))
                .code(CODE_PAYMENT)
                .build();
        report("a 50 EUR payment Alice cannot cover", List.of(tooMuch), ledger.createTransfers(List.of(tooMuch)));

        out.println();
        out.println("Balances (credits - debits, posted):");
        for (AccountRecord record : ledger.accounts(List.of(alice, merchant, carrier, carrierFees))) {
            Money net = new Money(record.balance().net(), record.account().currency());
            out.printf(
                    "  %-20s %-20s %12s%n", name(record.id()), record.account().kind(), net);
        }
        out.println();
        out.println("Run it again: every request above is idempotent and answers 'exists'.");
    }

    private void report(String title, List<Transfer> transfers, List<CreateTransferResult> results) {
        out.println();
        out.println(title + ":");
        for (int i = 0; i < transfers.size(); i++) {
            out.printf(
                    "  %-18s %-10s -> %s%n",
                    name(transfers.get(i).id()),
                    transfers.get(i).money(),
                    results.get(i).code());
        }
    }

    private static final List<String> NAMES = List.of(
            "alice",
            "demo-shop",
            "carrier-receivable",
            "carrier-fees",
            "deposit-1",
            "carrier-share-1",
            "payment-1-hold",
            "payment-1-capture",
            "payment-2");

    private static String name(Object id) {
        for (String name : NAMES) {
            if (uuid(name).toString().equals(id.toString())) {
                return name;
            }
        }
        return id.toString();
    }

    // Names map to fixed ids so that a second run repeats the same requests.
    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("relaypay-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static AccountId account(String name) {
        return new AccountId(uuid(name));
    }

    private static TransferId transfer(String name) {
        return new TransferId(uuid(name));
    }
}
