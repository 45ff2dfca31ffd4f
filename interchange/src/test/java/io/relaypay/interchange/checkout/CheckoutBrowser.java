package io.relaypay.interchange.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.ports.RecordingMessageSender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, as far as the checkout needs one: GETs pages, posts forms with
 * the token the page carries, and follows redirects by hand so tests can see each hop.
 */
final class CheckoutBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern REPLY_CODE = Pattern.compile("reply (\\d{5}) to pay");
    private static final Pattern WEB_CODE = Pattern.compile("or enter ([A-Z0-9]{6}) on the payment page");
    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final RunningInterchange server;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    CheckoutBrowser(RunningInterchange server) {
        this.server = server;
    }

    /** A fresh valid German mobile number, so tests do not share buyers. */
    static String newPhone() {
        return "+49151" + String.format("%08d", NUMBERS.incrementAndGet() % 100_000_000);
    }

    /** A payment of 4.99 EUR created by {@code merchant}. */
    static String newPayment(RunningInterchange.TestMerchant merchant, Map<String, Object> extra) {
        return created(merchant, extra).text("id");
    }

    /** {@link #newPayment}'s create answer, checked to be 201. */
    static Http.Response created(RunningInterchange.TestMerchant merchant, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", 499);
        body.put("currency", "EUR");
        body.put("reference", "order-" + NUMBERS.incrementAndGet());
        body.put("description", "Sword of dawn");
        body.put("success_url", "https://shop.example/ok");
        body.put("cancel_url", "https://shop.example/cancel");
        body.putAll(extra);
        Http.Response created = merchant.api().post("/v1/payments", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created;
    }

    /**
     * A payment of 4.99 EUR created with the buyer's {@code phone} and {@code confirm: true}: its
     * confirmation text is on the way, so the answer must be {@code requires_confirmation}.
     */
    static Http.Response confirmedAtCreate(
            RunningInterchange.TestMerchant merchant, String phone, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("phone_number", phone);
        body.put("confirm", true);
        Http.Response created = created(merchant, body);
        assertThat(created.text("status")).as(created.raw()).isEqualTo("requires_confirmation");
        return created;
    }

    Http.Response get(String path) {
        return send(HttpRequest.newBuilder(server.base().resolve(path)).GET());
    }

    /** The checkout page of {@code paymentId}. */
    Http.Response page(String paymentId) {
        Http.Response page = get("/checkout/" + paymentId);
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        return page;
    }

    /** The form token a page carries. */
    static String csrf(Http.Response page) {
        Matcher m = CSRF.matcher(page.raw());
        assertThat(m.find()).as("the page carries a form token").isTrue();
        return m.group(1);
    }

    /** Posts a form as is (no token added). */
    Http.Response postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.base().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Submits the page's form for {@code action} ({@code phone}, {@code code}, {@code pin},
     * {@code resend}, {@code cancel}) with the page's token.
     *
     * @return the redirect the server answered with
     */
    Http.Response submit(String paymentId, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", csrf(page(paymentId)));
        Http.Response response = postForm("/checkout/" + paymentId + "/" + action, form);
        assertThat(response.status()).as(response.raw()).isEqualTo(303);
        return response;
    }

    /** Where a redirect goes. */
    static String location(Http.Response redirect) {
        return redirect.headers().firstValue("location").orElseThrow();
    }

    /** Follows a redirect to a page of this server. */
    Http.Response follow(Http.Response redirect) {
        URI target = server.base().resolve(location(redirect));
        assertThat(target.getAuthority()).isEqualTo(server.base().getAuthority());
        return get(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }

    /** The last confirmation message sent to {@code phone}. */
    String lastConfirmation(String phone) {
        List<PhoneMessage> sent = server.bean(RecordingMessageSender.class).to(phone).stream()
                .filter(m -> m.purpose() == PhoneMessage.Purpose.CONFIRMATION)
                .toList();
        assertThat(sent).as("confirmation messages to " + phone).isNotEmpty();
        return sent.getLast().text();
    }

    /** The reply code of the last confirmation message to {@code phone}. */
    String replyCode(String phone) {
        return replyCodeIn(lastConfirmation(phone));
    }

    /** The page code of the last confirmation message to {@code phone}. */
    String webCode(String phone) {
        return webCodeIn(lastConfirmation(phone));
    }

    /** The reply code a confirmation text carries. */
    static String replyCodeIn(String confirmation) {
        return find(REPLY_CODE, confirmation);
    }

    /** The page code a confirmation text carries. */
    static String webCodeIn(String confirmation) {
        return find(WEB_CODE, confirmation);
    }

    /** The payment's status through the merchant API. */
    static String status(RunningInterchange.TestMerchant merchant, String paymentId) {
        return merchant.api().get("/v1/payments/" + paymentId).text("status");
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Http.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
