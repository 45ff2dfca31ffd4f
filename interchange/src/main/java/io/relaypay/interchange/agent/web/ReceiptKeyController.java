package io.relaypay.interchange.agent.web;

import io.relaypay.interchange.agent.ServerKeys;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/receipt_keys}: the interchange's public receipt keys, current first, retired ones
 * kept. Public (no key needed), so any merchant server can verify receipts.
 */
@RestController
public class ReceiptKeyController {

    /** The path, which the merchant key filter lets through without a key. */
    public static final String PATH = "/v1/receipt_keys";

    private final ServerKeys keys;

    ReceiptKeyController(ServerKeys keys) {
        this.keys = keys;
    }

    /** The receipt keys. */
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, List<Map<String, String>>> list() {
        return Map.of(
                "keys",
                keys.receiptKeys().stream()
                        .map(k -> Map.of("kid", k.kid(), "public_key", k.publicKey()))
                        .toList());
    }
}
