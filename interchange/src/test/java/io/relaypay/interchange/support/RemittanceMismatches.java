package io.relaypay.interchange.support;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The admin API's mismatch report of a stored remittance, keyed by charge id. */
public final class RemittanceMismatches {

    private RemittanceMismatches() {}

    /** Each mismatch line of remittance {@code remittanceId}, by its {@code charge_id}. */
    public static Map<String, JsonNode> byCharge(RunningInterchange server, String remittanceId) {
        JsonNode mismatches = server.admin()
                .get("/admin/v1/remittances/" + remittanceId + "/mismatches")
                .json()
                .get("data");
        Map<String, JsonNode> byCharge = new HashMap<>();
        mismatches.forEach(m -> byCharge.put(m.get("charge_id").asString(), m));
        return byCharge;
    }
}
