package io.relaypay.interchange.webhooks.web;

import io.relaypay.interchange.webhooks.Delivery;
import io.relaypay.interchange.webhooks.DeliveryAttempt;
import io.relaypay.interchange.webhooks.DeliveryState;
import io.relaypay.interchange.webhooks.EventLog;
import io.relaypay.interchange.webhooks.SendOutcome;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Admin API for events and their webhook deliveries: {@code /admin/v1/events}. An event shows as
 * merchants receive it, plus {@code merchant} and {@code delivery} (null when the merchant has no
 * webhook URL); one event also lists every attempt.
 */
@RestController
@RequestMapping(path = "/admin/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminEventController {

    private final EventLog events;
    private final JsonMapper json;

    AdminEventController(EventLog events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    /** Events newest first, of one merchant if {@code merchant} is given, a page at a time. */
    @GetMapping
    public Map<String, Object> list(
            @RequestParam(required = false) String merchant,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(name = "starting_after", required = false) String startingAfter) {
        EventLog.Page page = events.list(Optional.ofNullable(merchant), Optional.ofNullable(startingAfter), limit);
        return Map.of(
                "object",
                "list",
                "data",
                page.entries().stream().map(e -> view(e, false)).toList(),
                "has_more",
                page.hasMore());
    }

    /** One event with its delivery and every attempt. */
    @GetMapping("/{id}")
    public ObjectNode get(@PathVariable String id) {
        return view(events.get(id), true);
    }

    /** Queues the event again for the merchant's current webhook URL, due at once. */
    @PostMapping("/{id}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ObjectNode redeliver(@PathVariable String id) {
        return view(events.redeliver(id), true);
    }

    private ObjectNode view(EventLog.Entry entry, boolean withAttempts) {
        ObjectNode view = (ObjectNode) json.readTree(entry.event().body());
        view.put("merchant", entry.event().merchantId());
        entry.delivery()
                .ifPresentOrElse(
                        d -> view.set(
                                "delivery",
                                json.valueToTree(
                                        delivery(d, withAttempts ? Optional.of(entry.attempts()) : Optional.empty()))),
                        () -> view.putNull("delivery"));
        return view;
    }

    private static Map<String, Object> delivery(Delivery d, Optional<List<DeliveryAttempt>> attempts) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", d.id());
        view.put("object", "webhook_delivery");
        view.put("url", d.url().toString());
        view.put("status", d.state().wire());
        view.put("attempts_since_queued", d.attempts());
        view.put(
                "next_attempt_at",
                d.state() == DeliveryState.PENDING ? d.nextAttemptAt().getEpochSecond() : null);
        view.put("give_up_at", d.giveUpAt().getEpochSecond());
        view.put("delivered_at", d.deliveredAt().map(Instant::getEpochSecond).orElse(null));
        view.put("last_status", d.lastStatus().orElse(null));
        view.put("last_error", d.lastError().orElse(null));
        attempts.ifPresent(list -> view.put(
                "attempts", list.stream().map(AdminEventController::attempt).toList()));
        return view;
    }

    private static Map<String, Object> attempt(DeliveryAttempt a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("attempted_at", a.attemptedAt().getEpochSecond());
        view.put("status_code", a.outcome() instanceof SendOutcome.Answered answered ? answered.status() : null);
        view.put("error", a.outcome() instanceof SendOutcome.NoAnswer none ? none.error() : null);
        view.put("response_excerpt", a.outcome() instanceof SendOutcome.Answered answered ? answered.excerpt() : null);
        view.put("duration_ms", a.durationMillis());
        return view;
    }
}
