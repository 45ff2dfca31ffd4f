package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /admin/v1/carriers/{name}/statement} as CSV, checked to the cent: what bluewave
 * billed for two deposits on two days of a test clock, what it keeps of each (40 % at the 4.99
 * price point, 35 % otherwise), and what it still owes.
 */
class CarrierStatementsIT {

    static final TestClock clock = new TestClock(Instant.parse("2026-11-02T09:00:00Z"));

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.settlement.scheduler-interval", "1h")
            .with("relaypay.settlement.carrier-price-points.bluewave.499", 4_000);

    /** Day 1: 4.99 (share 2.00, 1.996 rounded); day 2 at 10:30: 9.99 (share 3.50, 3.4965 rounded). */
    @BeforeAll
    static void history() {
        String user = server.bean(BuyerDirectory.class).findOrCreate("+4917600000301");
        CarrierCredits credits = server.bean(CarrierCredits.class);
        credits.credit(new CarrierCredits.Deposit("dep_stmt_1", user, "bluewave", "premium-sms", 499, "EUR", false));
        clock.advance(Duration.ofHours(25).plusMinutes(30)); // 2026-11-03T10:30
        credits.credit(new CarrierCredits.Deposit("dep_stmt_2", user, "bluewave", "premium-sms", 999, "EUR", false));
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static Http.Response csv(String from, String to) {
        return server.admin().get("/admin/v1/carriers/bluewave/statement?from=" + from + "&to=" + to + "&format=csv");
    }

    @Test
    void csvStatementOfBothDaysShowsWhatWasBilledKeptAndIsOwedInEuros() {
        Http.Response csv = csv("2026-11-02", "2026-11-03");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw()).startsWith("""
                        section,name,at,object,transfer,currency,amount
                        summary,opening,,,,EUR,0.00
                        summary,gross,,,,EUR,14.98
                        summary,shares,,,,EUR,5.50
                        summary,fees,,,,EUR,0.00
                        summary,refunds,,,,EUR,0.00
                        summary,net,,,,EUR,9.48
                        summary,payouts,,,,EUR,0.00
                        summary,other,,,,EUR,0.00
                        summary,closing,,,,EUR,9.48
                        """);
        assertThat(csv.raw().lines().filter(l -> l.startsWith("entry,"))).hasSize(4);
    }

    @Test
    void csvStatementOfTheSecondDayOpensWithWhatTheFirstLeftOwedAndListsEachMovement() {
        Http.Response csv = csv("2026-11-03", "2026-11-03");

        assertThat(csv.raw()).startsWith("""
                        section,name,at,object,transfer,currency,amount
                        summary,opening,,,,EUR,2.99
                        summary,gross,,,,EUR,9.99
                        summary,shares,,,,EUR,3.50
                        summary,fees,,,,EUR,0.00
                        summary,refunds,,,,EUR,0.00
                        summary,net,,,,EUR,6.49
                        summary,payouts,,,,EUR,0.00
                        summary,other,,,,EUR,0.00
                        summary,closing,,,,EUR,9.48
                        """);
        // The receivable is an asset: a charge debits it (shown negative), the share credits it.
        assertThat(csv.raw())
                .contains("entry,carrier_charge,2026-11-03T10:30:00Z,,"
                        + LedgerIds.transfer("dep_stmt_2", "carrier-charge").value() + ",EUR,-9.99\n")
                .contains("entry,carrier_share,2026-11-03T10:30:00Z,,"
                        + LedgerIds.transfer("dep_stmt_2", "carrier-share").value() + ",EUR,3.50\n");
        assertThat(csv.raw().lines().filter(l -> l.startsWith("entry,"))).hasSize(2);
    }
}
