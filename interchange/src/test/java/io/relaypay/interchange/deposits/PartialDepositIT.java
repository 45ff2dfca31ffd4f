package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.testkit.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A premium plan over several days that the phone stops paying for half-way, over the real
 * simulator and PostgreSQL with the injected clock: the deposit ends {@code partially_succeeded}
 * and the user holds exactly what the carrier billed, charge by charge. Its own interchange, so
 * that the refused charges leave no open circuit breaker behind for other tests.
 */
class PartialDepositIT {

    @RegisterExtension
    static final PremiumTestBed bed = new PremiumTestBed();

    static final TestClock clock = bed.clock;
    static final CarrierNetwork network = bed.network;
    static final RunningInterchange server = bed.server;
    static final DepositFixture deposits = bed.deposits;

    @Test
    void aPlanWhosePhoneIsPremiumBarredFromDayTwoCreditsExactlyWhatTheCarrierBilled() {
        String phone = "+4917600000201";
        network.addPhone(phone, "bluewave");
        JsonNode deposit = deposits.request(phone, 2500, "partial-1");
        String id = deposit.get("id").asString();
        int days = DepositFixture.list(deposit.get("plan")).stream()
                        .mapToInt(i -> i.get("day").asInt())
                        .max()
                        .orElseThrow()
                + 1;
        assertThat(days).as("600 a day at most: several days").isGreaterThanOrEqualTo(4);
        deposits.replyWithCode(phone);

        deposits.awaitDayBilled(id, 0);
        clock.advance(deposits.untilNextMidnight());
        deposits.awaitDayBilled(id, 1);
        // The subscriber bars premium services: from day 2 every charge is refused (REJECTD).
        network.phone(phone).barPremium(true);
        for (int day = 2; day < days; day++) {
            clock.advance(deposits.untilNextMidnight());
            deposits.awaitDayIn(id, day, "failed");
        }
        JsonNode done = deposits.awaitStatus(id, "partially_succeeded");

        List<JsonNode> billedItems = DepositFixture.list(done.get("plan")).stream()
                .filter(i -> i.get("state").asString().equals("billed"))
                .toList();
        assertThat(billedItems).allSatisfy(i -> assertThat(i.get("day").asInt()).isLessThan(2));
        long billedByItems =
                billedItems.stream().mapToLong(i -> i.get("price").asLong()).sum();
        assertThat(billedByItems).isPositive().isLessThan(done.get("planned").asLong());
        assertThat(done.get("billed").asLong()).isEqualTo(billedByItems);
        assertThat(deposits.premiumBill(phone)).as("phone bill = billed items").isEqualTo(billedByItems);
        assertThat(deposits.wallet(phone)).as("wallet = phone bill").isEqualTo(billedByItems);
        List<Charge> lines = deposits.premiumLines(phone);
        assertThat(lines).as("one bill line per billed item").hasSize(billedItems.size());
        assertThat(lines.stream().map(Charge::reference).distinct().count())
                .as("no charge billed twice")
                .isEqualTo(billedItems.size());
    }
}
