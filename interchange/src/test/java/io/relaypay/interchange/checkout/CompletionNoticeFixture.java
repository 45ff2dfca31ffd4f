package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A buyer pays a 4.99 EUR checkout with every part real, to read the completion SMS the simulated
 * phone received: the confirmation reaches the phone over SMPP, the reply code goes back as an MO
 * over SMPP, a wallet short of the price is funded by the simulator's operator billing API.
 * Registered as a static extension, it starts the simulator and the interchange before the class
 * (until both SMSCs hold a bind), checks the ledger invariant after each test and stops both.
 */
final class CompletionNoticeFixture implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final String SHORT_CODE = "84444";
    static final AtomicInteger PHONES = new AtomicInteger();

    final CarrierNetwork network;
    final RunningInterchange server;
    final FundsFixture funds;
    final CheckoutBrowser browser;

    /** The fixture with more interchange settings from {@code configure}. */
    CompletionNoticeFixture(UnaryOperator<RunningInterchange> configure) {
        this.network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
        this.server = configure.apply(interchange(network));
        this.funds = new FundsFixture(server);
        this.browser = new CheckoutBrowser(server);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server.beforeAll(context);
        bound();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            server.afterAll(context);
        } finally {
            network.close();
        }
    }

    /** An interchange bound to both of {@code network}'s SMSCs and charging its billing API. */
    private static RunningInterchange interchange(CarrierNetwork network) {
        return new RunningInterchange()
                .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
                .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
                .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0")
                .with("relaypay.funds.janitor-interval", "1h")
                .with("relaypay.settlement.scheduler-interval", "1h");
    }

    private void bound() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
    }

    /** A fresh northwind phone whose wallet holds {@code wallet}. */
    String buyer(long wallet) {
        String phone = "+49151888" + String.format("%05d", PHONES.incrementAndGet());
        network.addPhone(phone, "northwind");
        if (wallet > 0) {
            funds.topUp(phone, wallet, "wallet-" + phone);
        }
        return phone;
    }

    /** Pays a 4.99 EUR payment of {@code merchant} from {@code phone} by replying to its confirmation. */
    String pay(RunningInterchange.TestMerchant merchant, String phone) {
        String id = newPayment(merchant, Map.of());
        browser.submit(id, "phone", Map.of("phone_number", phone));
        String confirmation = await().atMost(Duration.ofSeconds(30))
                .until(() -> textIn(phone, " to pay "), Optional::isPresent)
                .orElseThrow();
        network.phone(phone).sendMo(SHORT_CODE, CheckoutBrowser.replyCodeIn(confirmation));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(merchant, id).equals("succeeded"));
        return id;
    }

    /** The completion text {@code phone} received, once it arrived over SMPP. */
    String completionTextOn(String phone) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> textIn(phone, "you paid"), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<String> textIn(String phone, String part) {
        return network.phone(phone).inbox().stream()
                .map(ReceivedMessage::text)
                .filter(text -> text.contains(part))
                .reduce((first, last) -> last);
    }
}
