package io.relaypay.interchange.webhooks.internal;

import io.relaypay.interchange.webhooks.SendOutcome;
import io.relaypay.interchange.webhooks.WebhookRequest;
import io.relaypay.interchange.webhooks.WebhookSender;
import io.relaypay.interchange.webhooks.WebhookSigner;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts webhooks with the JDK HttpClient. Redirects are never followed (a 3xx is an answer, and a
 * merchant's redirect must not send signed events elsewhere); the whole exchange, connection
 * included, must finish within the timeout; at most {@link #MAX_BODY} bytes of the answer are read.
 */
public final class HttpWebhookSender implements WebhookSender, AutoCloseable {

    /** The User-Agent of every webhook request. */
    public static final String USER_AGENT = "Relaypay-Webhooks/1";

    /** Bytes of the merchant's answer read at most; the rest is dropped unread. */
    static final int MAX_BODY = 4096;

    private static final int EXCERPT = 300;

    private final Duration timeout;
    private final WebhookAddressGuard guard;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;

    /**
     * A sender giving each merchant {@code timeout} to connect and answer, posting only where {@code
     * guard} allows.
     */
    public HttpWebhookSender(Duration timeout, WebhookAddressGuard guard) {
        this.timeout = timeout;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
    }

    @Override
    public SendOutcome post(WebhookRequest request) {
        Optional<String> refused = guard.refusal(request.url());
        if (refused.isPresent()) {
            return new SendOutcome.NoAnswer("not sent: " + refused.get());
        }
        HttpRequest http;
        try {
            http = HttpRequest.newBuilder(request.url())
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header(WebhookSigner.HEADER, request.signature())
                    .header("Relaypay-Event-Id", request.eventId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.body().getBytes(StandardCharsets.UTF_8)))
                    .build();
        } catch (IllegalArgumentException e) {
            return new SendOutcome.NoAnswer("unusable webhook URL: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(http, info -> new CappedBodySubscriber(MAX_BODY));
        try {
            HttpResponse<String> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String body = response.body();
            return new SendOutcome.Answered(
                    response.statusCode(), body.length() <= EXCERPT ? body : body.substring(0, EXCERPT));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new SendOutcome.NoAnswer("no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new SendOutcome.NoAnswer(describe(e.getCause()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new SendOutcome.NoAnswer("interrupted while sending (node stopping)");
        }
    }

    private String describe(Throwable cause) {
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + timeout.toSeconds() + " s";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection failed: " + (cause.getMessage() == null ? "refused" : cause.getMessage());
        }
        if (cause instanceof IOException) {
            return "I/O error: " + cause;
        }
        return "error: " + cause;
    }

    @Override
    public void close() {
        client.close();
        executor.close();
    }
}
