package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The merchant API client. Build one per API key and share it: it is thread-safe and holds a
 * connection pool.
 *
 * <pre>{@code
 * RelaypayClient relaypay = RelaypayClient.builder()
 *         .baseUrl(URI.create("http://127.0.0.1:8080"))
 *         .apiKey(System.getenv("RELAYPAY_KEY"))
 *         .build();
 * Payment payment = relaypay.payments().create(
 *         CreatePaymentParams.of(499, "EUR", "order-1042").withDescription("Sword of dawn"), "order-1042");
 * }</pre>
 */
public final class RelaypayClient implements AutoCloseable {

    private final Transport transport;
    private final Payments payments;
    private final Refunds refunds;
    private final Optional<HttpClient> ownHttpClient;

    private RelaypayClient(Transport transport, Optional<HttpClient> ownHttpClient) {
        this.transport = transport;
        this.payments = new Payments(transport);
        this.refunds = new Refunds(transport);
        this.ownHttpClient = ownHttpClient;
    }

    /** A builder; {@link Builder#baseUrl} and {@link Builder#apiKey} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Payments: create, retrieve, list, cancel. */
    public Payments payments() {
        return payments;
    }

    /** Refunds: create, retrieve. */
    public Refunds refunds() {
        return refunds;
    }

    /** The merchant's balance ({@code GET /v1/balance}). */
    public Balance balance() {
        return transport.get("/v1/balance", Map.of(), JsonCodec::balance);
    }

    /** Closes the HTTP client if this client created it; one passed to the builder stays open. */
    @Override
    public void close() {
        ownHttpClient.ifPresent(HttpClient::close);
    }

    /** Builds a {@link RelaypayClient}. Not thread-safe; the client it builds is. */
    public static final class Builder {

        private URI baseUrl;
        private String apiKey;
        private Clock clock = Clock.systemUTC();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Optional<HttpClient> httpClient = Optional.empty();
        private Sleeper sleeper = Sleeper.THREAD;

        private Builder() {}

        /** Where the interchange is, such as {@code http://127.0.0.1:8080}. Required. */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Validation.absoluteHttp(baseUrl, "baseUrl");
            return this;
        }

        /** The secret key ({@code sk_test_…} or {@code sk_live_…}). Required; never logged. */
        public Builder apiKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank() || !apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("apiKey must be non-blank printable ASCII without spaces");
            }
            this.apiKey = apiKey;
            return this;
        }

        /** The clock that reads {@code Retry-After} dates. Default: the system clock in UTC. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /** How long to wait for a connection. Default 10 s. Ignored with {@link #httpClient}. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long to wait for each answer. Default 30 s. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
            return this;
        }

        /** How failed requests are retried. Default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** An HTTP client to use (and not close) instead of one of the client's own. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Optional.of(httpClient);
            return this;
        }

        Builder sleeper(Sleeper sleeper) {
            this.sleeper = requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if the base URL or the API key is missing
         */
        public RelaypayClient build() {
            if (baseUrl == null || apiKey == null) {
                throw new IllegalStateException("baseUrl and apiKey are required");
            }
            Optional<HttpClient> own = httpClient.isPresent()
                    ? Optional.empty()
                    : Optional.of(HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build());
            HttpClient http = httpClient.or(() -> own).orElseThrow();
            return new RelaypayClient(
                    new Transport(baseUrl, apiKey, http, requestTimeout, retryPolicy, clock, sleeper), own);
        }

        private static Duration positive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + duration);
            }
            return duration;
        }
    }
}
