package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.HealthTracker;
import io.relaypay.messaging.channel.SendResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The HTTP exchange both gateway clients share: one {@link HttpClient} on virtual threads, an
 * in-flight bound, and the classification of transport failures. The rule that matters is which
 * failures may have reached the gateway: a refused or timed-out connect never did (retryable), while
 * a timeout or a dropped connection after the request went out may have (unknown), and a premium
 * message in that state must be reconciled before it is sent again.
 */
final class GatewayHttp implements AutoCloseable {
    /** Longest gateway answer read; Kannel answers one line, aggregators a small JSON object. */
    static final int MAX_ANSWER_BYTES = 16 * 1024;
    /** Wait before retrying when the gateway does not say (no {@code Retry-After}). */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;
    private final HealthTracker health;
    private final Duration timeout;

    GatewayHttp(Duration connectTimeout, Duration timeout, HealthTracker health) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
        this.timeout = timeout;
        this.health = health;
    }

    /** A gateway's answer: status, {@code Retry-After} and the start of the body. */
    record Answer(int status, Duration retryAfter, String body) {
        boolean successful() {
            return status / 100 == 2;
        }

        /** The body on one line and shortened, for a reason or a log line. */
        String summary() {
            return Quoted.of(body.strip());
        }
    }

    /**
     * Sends {@code request} (the timeout is added here) and maps the answer with {@code mapping};
     * transport failures become retryable or unknown, and every outcome is counted in the health.
     */
    SendResult exchange(HttpRequest.Builder request, Function<Answer, SendResult> mapping) {
        if (!health.tryEnter(timeout)) {
            health.failure(true);
            return new SendResult.Retryable("too many messages in flight", Duration.ofMillis(100));
        }
        try {
            Outcome outcome = exchangeCounted(request.timeout(timeout).build(), mapping);
            if (outcome.result() instanceof SendResult.Accepted) {
                health.success();
            } else {
                health.failure(outcome.reachedGateway());
            }
            return outcome.result();
        } finally {
            health.exit();
        }
    }

    /** A result and whether the gateway was reached, which the health's "connected" reports. */
    private record Outcome(SendResult result, boolean reachedGateway) {}

    private Outcome exchangeCounted(HttpRequest request, Function<Answer, SendResult> mapping) {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            return unreached("gateway connect timed out");
        } catch (HttpTimeoutException e) {
            return unknown("no answer from the gateway within " + timeout);
        } catch (IOException e) {
            if (neverConnected(e)) {
                return unreached("gateway unreachable: " + e.getClass().getSimpleName());
            }
            return unknown("connection to the gateway failed after sending: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unknown("interrupted while waiting for the gateway");
        }
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The status line arrived, so the gateway decided; only its explanation is lost.
            body = "";
        }
        return new Outcome(mapping.apply(new Answer(response.statusCode(), retryAfter(response), body)), true);
    }

    private static Outcome unreached(String reason) {
        return new Outcome(new SendResult.Retryable(reason, DEFAULT_RETRY_AFTER), false);
    }

    private static Outcome unknown(String reason) {
        return new Outcome(new SendResult.Unknown(reason, List.of()), true);
    }

    private static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .filter(value -> value.matches("[0-9]{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(DEFAULT_RETRY_AFTER);
    }

    /** {@code base} with {@code path} appended, keeping any path the base already has. */
    static URI resolve(URI base, String path) {
        String root = base.toString().endsWith("/")
                ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return URI.create(root + path);
    }

    @Override
    public void close() {
        client.close();
        executor.close();
    }
}
