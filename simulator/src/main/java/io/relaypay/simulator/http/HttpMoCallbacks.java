package io.relaypay.simulator.http;

import io.relaypay.simulator.network.MoCallback;
import io.relaypay.simulator.network.MoMessage;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** MO reports over HTTP: a Kannel-style GET URL template, or a JSON POST. */
final class HttpMoCallbacks {

    private static final Logger log = LoggerFactory.getLogger(HttpMoCallbacks.class);

    private HttpMoCallbacks() {}

    /** GETs {@code template} with Kannel escape codes filled from the MO ({@code %p} = the phone). */
    static MoCallback kannel(String template, Callbacks callbacks) {
        return mo -> {
            String url = KannelEscapes.fill(
                    template,
                    new KannelEscapes.Values(mo.from(), mo.to(), mo.text(), mo.id(), "sim", 0, "", 0, mo.sentAt()));
            try {
                callbacks.get(URI.create(url), Duration.ZERO, "kannel mo " + mo.id());
            } catch (IllegalArgumentException e) {
                log.warn("mo={} callback URL invalid after filling escape codes: {}", mo.id(), e.getMessage());
            }
        };
    }

    /** POSTs {@code {id, from, to, text, carrier, time}}. */
    static MoCallback json(URI uri, Callbacks callbacks) {
        return mo -> callbacks.postJson(
                uri, Exchanges.JSON.writeValueAsBytes(body(mo)), Duration.ZERO, "json mo " + mo.id());
    }

    private static Map<String, Object> body(MoMessage mo) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", mo.id());
        json.put("from", mo.from());
        json.put("to", mo.to());
        json.put("text", mo.text());
        json.put("carrier", mo.carrier());
        json.put("time", mo.sentAt().toString());
        return json;
    }
}
