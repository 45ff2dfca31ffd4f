package io.relaypay.interchange.checkout.web;

import io.relaypay.interchange.checkout.CheckoutService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** What the checkout page's script follows: the status as JSON, or as server-sent events. */
@RestController
public class CheckoutStatusController {

    private final CheckoutService checkout;
    private final CheckoutPages pages;
    private final StatusStreams streams;

    CheckoutStatusController(CheckoutService checkout, CheckoutPages pages, StatusStreams streams) {
        this.checkout = checkout;
        this.pages = pages;
        this.streams = streams;
    }

    /** The payment's status now (the script polls this when server-sent events are unavailable). */
    @GetMapping(path = "/checkout/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CheckoutStatus> status(@PathVariable String id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(pages.status(checkout.current(id)));
    }

    /** A {@code status} event now and at every change, until the payment ends. */
    @GetMapping(path = "/checkout/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public ResponseEntity<SseEmitter> events(@PathVariable String id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(streams.open(checkout.current(id)));
    }
}
