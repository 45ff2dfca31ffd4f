package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.newPhone;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.messages.ReplyListener;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.ports.RecordingMessageSender;
import io.relaypay.interchange.support.ports.ScriptedFunding;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SMS reply and the code on the page arriving at once move the money once. */
class ConcurrentConfirmationIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.test.port-doubles", "true");

    static TestMerchant acme;
    static CheckoutBrowser browser;

    @BeforeAll
    static void setUp() {
        acme = server.newMerchant("Acme Games");
        browser = new CheckoutBrowser(server);
    }

    @RepeatedTest(15)
    void replyAndPageCodeAtOnceSettleOnce() throws Exception {
        String phone = newPhone();
        String id = newPayment(acme, Map.of());
        browser.submit(id, "phone", Map.of("phone_number", phone));
        String token = CheckoutBrowser.csrf(browser.page(id));
        String replyCode = browser.replyCode(phone);
        String webCode = browser.webCode(phone);
        CyclicBarrier start = new CyclicBarrier(2);

        try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> reply = both.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return server.bean(CheckoutReplies.class)
                        .onReply(new ReplyListener.Reply(phone, "84444", replyCode, "test", Instant.now()));
            });
            Future<Http.Response> page = both.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return browser.postForm("/checkout/" + id + "/code", Map.of("code", webCode, "csrf", token));
            });
            assertThat(reply.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(page.get(30, TimeUnit.SECONDS).status()).isEqualTo(303);
        }

        assertThat(status(acme, id)).isEqualTo("succeeded");
        assertThat(server.bean(ScriptedFunding.class).calls(id))
                .as("settle calls")
                .isEqualTo(1);
        assertThat(server.bean(JdbcClient.class)
                        .sql("SELECT version FROM payments WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("stored changes: waiting for confirmation, processing, succeeded")
                .isEqualTo(3);
        assertThat(server.bean(RecordingMessageSender.class).about(id, PhoneMessage.Purpose.COMPLETION))
                .hasSize(1);
    }
}
