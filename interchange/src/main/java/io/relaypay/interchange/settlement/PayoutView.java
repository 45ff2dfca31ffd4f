package io.relaypay.interchange.settlement;

import java.util.LinkedHashMap;
import java.util.Map;

/** A payout as the API and the {@code payout.paid} webhook show it (docs/settlement.md). */
public final class PayoutView {

    private PayoutView() {}

    /** The wire form of {@code payout}. */
    public static Map<String, Object> of(Payout payout) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", payout.id());
        view.put("object", "payout");
        view.put("merchant", payout.merchantId());
        view.put("amount", payout.amount());
        view.put("currency", payout.currency());
        view.put("status", payout.status().wire());
        view.put("livemode", payout.livemode());
        view.put("period_start", payout.period().start().getEpochSecond());
        view.put("period_end", payout.period().end().getEpochSecond());
        view.put("destination", masked(payout.destination()));
        view.put("failure_reason", payout.failureReason().orElse(null));
        view.put("created", payout.createdAt().getEpochSecond());
        return view;
    }

    /** Only the last four characters of an account number leave the server. */
    public static String masked(String account) {
        return account.length() <= 4 ? account : "…" + account.substring(account.length() - 4);
    }
}
