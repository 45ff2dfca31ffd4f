package io.relaypay.interchange.settlement.internal;

import io.relaypay.interchange.settlement.Period;
import io.relaypay.interchange.settlement.Remittance;
import io.relaypay.interchange.settlement.RemittanceSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches a remittance from the carrier's HTTP API ({@code GET <base>/carriers/{name}/remittance
 * ?from=&to=}, the simulator's shape): reference, currency and one line per bill line with its
 * {@code reference} (the charge id) and {@code payable}.
 */
public final class HttpRemittanceSource implements RemittanceSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final Duration timeout;
    private final HttpClient client;

    /** A source asking {@code base} (e.g. {@code http://127.0.0.1:8081}). */
    public HttpRemittanceSource(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Remittance fetch(String carrier, Period period) {
        URI uri = URI.create(base.toString().replaceAll("/+$", "")
                + "/carriers/" + URLEncoder.encode(carrier, StandardCharsets.UTF_8)
                + "/remittance?from=" + period.start() + "&to=" + period.end());
        HttpResponse<String> response;
        try {
            response = client.send(
                    HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("carrier " + carrier + " remittance not fetched: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted fetching a remittance", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "carrier " + carrier + " answered " + response.statusCode() + " for its remittance");
        }
        JsonNode body = JSON.readTree(response.body());
        List<Remittance.Line> lines = new ArrayList<>();
        for (JsonNode line : body.path("lines")) {
            lines.add(new Remittance.Line(
                    line.path("reference").asString(), line.path("payable").asLong()));
        }
        return new Remittance(
                body.path("reference").asString(),
                carrier,
                body.path("currency").asString(),
                period,
                lines);
    }
}
