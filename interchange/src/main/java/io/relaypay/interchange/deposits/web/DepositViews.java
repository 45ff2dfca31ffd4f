package io.relaypay.interchange.deposits.web;

import io.relaypay.interchange.deposits.Deposit;
import io.relaypay.interchange.deposits.DepositService;
import io.relaypay.interchange.deposits.PlanItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of a deposit, its plan items and events. */
final class DepositViews {

    private DepositViews() {}

    static Map<String, Object> view(DepositService.View view) {
        Deposit d = view.deposit();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("object", "deposit");
        out.put("status", d.status().wire());
        out.put("method", "premium_sms");
        out.put("source", d.source().wire());
        out.put("phone_number", d.phoneNumber());
        out.put("user", d.userId());
        out.put("carrier", d.carrier());
        out.put("livemode", d.livemode());
        out.put("amount", d.amount());
        out.put("currency", d.currency());
        out.put("planned", d.planned());
        out.put("billed", d.billed());
        out.put("credited", view.credited());
        out.put("confirmation_expires", d.confirmExpiresAt().getEpochSecond());
        out.put("confirmed", d.confirmedAt().map(t -> t.getEpochSecond()).orElse(null));
        out.put("created", d.createdAt().getEpochSecond());
        out.put("plan", view.items().stream().map(DepositViews::item).toList());
        out.put(
                "events",
                view.events().stream()
                        .map(e -> {
                            Map<String, Object> event = new LinkedHashMap<>();
                            event.put("type", e.type());
                            event.put("detail", e.detail().orElse(null));
                            event.put("at", e.at().toString());
                            return event;
                        })
                        .toList());
        return out;
    }

    private static Map<String, Object> item(PlanItem item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", item.seq());
        out.put("day", item.dayOffset());
        out.put("price", item.price());
        out.put("state", item.state().wire());
        out.put("due", item.dueAt().map(Object::toString).orElse(null));
        out.put("message", item.messageId().orElse(null));
        out.put("route", item.route().orElse(null));
        out.put("detail", item.detail().orElse(null));
        return out;
    }
}
