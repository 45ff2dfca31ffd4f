package io.relaypay.interchange.webhooks;

/** Writes an event body as JSON the way the API writes its responses (snake_case field names). */
@FunctionalInterface
public interface EventSerializer {

    /** {@code value} as JSON text. */
    String write(Object value);
}
