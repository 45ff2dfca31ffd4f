package io.relaypay.interchange.support;

import io.relaypay.interchange.support.ports.RecordingMerchantEvents;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import tools.jackson.databind.JsonNode;

/**
 * The merchant events a running server published about one object, read from the recording double
 * when the server has it, else from the webhook module's admin API ({@code GET /admin/v1/events}).
 */
public final class EventsSeen {

    private EventsSeen() {}

    /** The types of the events about {@code objectId} published to {@code merchantId}, oldest first. */
    public static List<String> about(RunningInterchange server, String merchantId, String objectId) {
        try {
            return server.bean(RecordingMerchantEvents.class).published().stream()
                    .filter(e -> e.merchantId().equals(merchantId))
                    .filter(e -> objectId.equals(idOf(e.object())))
                    .map(RecordingMerchantEvents.Published::type)
                    .toList();
        } catch (NoSuchBeanDefinitionException webhooksAreWired) {
            List<String> types = new ArrayList<>();
            JsonNode events = server.admin()
                    .get("/admin/v1/events?limit=100&merchant=" + merchantId)
                    .json()
                    .get("data");
            for (JsonNode event : events) {
                if (event.at("/data/object/id").asString("").equals(objectId)) {
                    types.addFirst(event.get("type").asString());
                }
            }
            return types;
        }
    }

    private static String idOf(Object object) {
        try {
            return String.valueOf(object.getClass().getMethod("id").invoke(object));
        } catch (ReflectiveOperationException notAnIdentifiedObject) {
            return "";
        }
    }
}
