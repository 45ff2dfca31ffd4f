package io.relaypay.interchange.messages.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.messages.RouteRecords;
import io.relaypay.interchange.routes.PlannedRoute;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.outbox.MessageEvent;
import io.relaypay.messaging.outbox.MessageStatus;
import io.relaypay.messaging.outbox.Outbox;
import io.relaypay.routing.report.SentRoute;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/v1/messages/{id}}: a message's outbox status and history, the routes planned
 * for it and the routes it took with their cost. The text is not shown: it may carry a code.
 */
@RestController
public class AdminMessageController {

    private final Outbox outbox;
    private final RouteRecords routes;

    AdminMessageController(Outbox outbox, RouteRecords routes) {
        this.outbox = outbox;
        this.routes = routes;
    }

    /** One message. */
    @GetMapping(path = "/admin/v1/messages/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> message(@PathVariable String id) {
        MessageId messageId;
        try {
            messageId = MessageId.parse(id);
        } catch (InvalidMessageException e) {
            throw ApiException.notFound("message", id);
        }
        MessageStatus status = outbox.status(messageId).orElseThrow(() -> ApiException.notFound("message", id));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", messageId.toString());
        view.put("object", "message");
        view.put("state", wire(status.state().name()));
        view.put("recipient", status.message().recipient().e164());
        view.put("sender", status.message().sender().address());
        view.put("kind", wire(status.message().kind().name()));
        view.put("correlation", status.message().correlation());
        view.put("routes", status.routes());
        view.put("channel", status.channel());
        view.put("attempts", status.attempts());
        view.put("last_error", status.lastError().orElse(null));
        view.put("valid_until", status.message().validUntil().toString());
        view.put("created_at", status.createdAt().toString());
        view.put("updated_at", status.updatedAt().toString());
        view.put(
                "parts",
                status.parts().stream()
                        .map(p -> Map.of(
                                "attempt", p.attempt(),
                                "part", p.part(),
                                "channel", p.channel(),
                                "controller_message_id", p.controllerMessageId(),
                                "status", wire(p.status())))
                        .toList());
        view.put(
                "history",
                outbox.history(messageId).stream()
                        .map(AdminMessageController::event)
                        .toList());
        view.put(
                "planned_routes",
                routes.planned(messageId.toString()).stream()
                        .map(AdminMessageController::planned)
                        .toList());
        view.put(
                "sent_routes",
                routes.sentRoutes(messageId.toString()).stream()
                        .map(AdminMessageController::sent)
                        .toList());
        return view;
    }

    private static Map<String, Object> event(MessageEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("state", wire(event.state().name()));
        view.put("channel", event.channel().orElse(null));
        view.put("detail", event.detail().orElse(null));
        view.put("at", event.at().toString());
        return view;
    }

    private static Map<String, Object> planned(PlannedRoute route) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("channel", route.channel());
        view.put("path", route.path());
        view.put("carrier", route.carrier().orElse(null));
        view.put("cost_micros", route.costMicros());
        return view;
    }

    private static Map<String, Object> sent(SentRoute route) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("controllers", route.controllers());
        view.put("carrier", route.carrier().orElse(null));
        view.put("cost_micros", route.costMicros());
        view.put("sent_at", route.sentAt().toString());
        return view;
    }

    private static String wire(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
