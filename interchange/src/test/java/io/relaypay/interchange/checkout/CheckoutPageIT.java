package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.newPhone;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.messages.ReplyListener;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the checkout page promises besides the flow: form tokens, escaping, headers, live status, the widget. */
class CheckoutPageIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.test.port-doubles", "true");

    static TestMerchant acme;
    static CheckoutBrowser browser;

    @BeforeAll
    static void setUp() {
        acme = server.newMerchant("Acme Games");
        browser = new CheckoutBrowser(server);
    }

    @Test
    void formWithoutTheTokenIsRefusedAndChangesNothing() {
        String id = newPayment(acme, Map.of());

        Http.Response refused = browser.postForm("/checkout/" + id + "/phone", Map.of("phone_number", newPhone()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problem()).isEqualTo("invalid-form-token");
        assertThat(status(acme, id)).isEqualTo("requires_phone_number");
    }

    @Test
    void tokenOfAnotherPaymentIsRefused() {
        String id = newPayment(acme, Map.of());
        String otherToken = CheckoutBrowser.csrf(browser.page(newPayment(acme, Map.of())));

        Http.Response refused = browser.postForm("/checkout/" + id + "/cancel", Map.of("csrf", otherToken));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(status(acme, id)).isEqualTo("requires_phone_number");
    }

    @Test
    void hostileMerchantNameAndDescriptionAreShownAsText() {
        TestMerchant hostile = server.newMerchant("<img src=x onerror=alert(1)>");
        String id = newPayment(hostile, Map.of("description", "<script>alert(\"pwned\")</script>"));

        String html = browser.page(id).raw();

        assertThat(html).doesNotContain("<img src=x", "<script>alert");
        assertThat(html)
                .contains(
                        "&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;");
    }

    @Test
    void pageForbidsFramingCachingAndForeignScripts() {
        Http.Response page = browser.page(newPayment(acme, Map.of()));

        String csp = page.headers().firstValue("content-security-policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self'", "frame-ancestors 'none'", "form-action 'self' https://shop.example");
        assertThat(page.headers().firstValue("x-frame-options")).hasValue("DENY");
        assertThat(page.headers().firstValue("referrer-policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("cache-control")).hasValue("no-store");
        assertThat(page.raw()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>| on[a-z]+=\"");
    }

    @Test
    void framedModeMayBeFramedByTheMerchantOnly() {
        String id = newPayment(acme, Map.of());

        Http.Response page = browser.get("/checkout/" + id + "?mode=frame");

        assertThat(page.headers().firstValue("content-security-policy").orElseThrow())
                .contains("frame-ancestors https://shop.example;");
        assertThat(page.headers().firstValue("x-frame-options")).isEmpty();
        assertThat(page.raw())
                .contains("data-merchant-origin=\"https://shop.example\"", "name=\"mode\" value=\"frame\"");
    }

    @Test
    void framedModeStaysInTheFrameAfterPaying() {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        browser.submit(id, "phone", Map.of("phone_number", phone, "mode", "frame"));

        Http.Response redirect = browser.submit(id, "code", Map.of("code", browser.replyCode(phone), "mode", "frame"));

        assertThat(CheckoutBrowser.location(redirect)).isEqualTo("/checkout/" + id + "?mode=frame");
        assertThat(browser.follow(redirect).raw()).contains("data-status=\"succeeded\"");
    }

    @Test
    void statusIsReadableAsJson() {
        String id = newPayment(acme, Map.of());

        Http.Response waiting = browser.get("/checkout/" + id + "/status");

        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.text("status")).isEqualTo("requires_phone_number");
        assertThat(waiting.json().get("seconds_left").asLong()).isPositive();
        browser.submit(id, "cancel", Map.of());
        Http.Response canceled = browser.get("/checkout/" + id + "/status");
        assertThat(canceled.text("status")).isEqualTo("canceled");
        assertThat(canceled.text("next_url")).isEqualTo("https://shop.example/cancel?payment=" + id);
    }

    @Test
    void eventStreamReportsTheReplyThatPaid() throws Exception {
        String id = newPayment(acme, Map.of());
        String phone = newPhone();
        browser.submit(id, "phone", Map.of("phone_number", phone));
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> stream;
        try (HttpClient client = HttpClient.newHttpClient()) {
            stream = client.send(
                    HttpRequest.newBuilder(server.base().resolve("/checkout/" + id + "/events"))
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.headers().firstValue("content-type").orElseThrow())
                    .startsWith("text/event-stream");
            Thread reader = Thread.ofVirtual().start(() -> stream.body().forEach(lines::add));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> lines.stream().anyMatch(l -> l.contains("\"status\":\"requires_confirmation\"")));

            server.bean(CheckoutReplies.class)
                    .onReply(new ReplyListener.Reply(phone, "84444", browser.replyCode(phone), "test", Instant.now()));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> lines.stream().anyMatch(l -> l.contains("\"status\":\"succeeded\"")));
            assertThat(lines).contains("event:status");
            reader.join(Duration.ofSeconds(10));
            assertThat(reader.isAlive()).as("the stream ends with the payment").isFalse();
        }
    }

    @Test
    void widgetScriptAndStylesAreServed() {
        Http.Response widget = browser.get("/widget.js");
        assertThat(widget.status()).isEqualTo(200);
        assertThat(widget.contentType()).contains("javascript");
        assertThat(widget.raw()).contains("event.origin !== ORIGIN", "relaypay.payment");
        assertThat(browser.get("/assets/checkout.css").status()).isEqualTo(200);
        assertThat(browser.get("/assets/checkout.js").status()).isEqualTo(200);
    }
}
