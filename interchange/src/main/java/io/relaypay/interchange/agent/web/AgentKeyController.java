package io.relaypay.interchange.agent.web;

import io.relaypay.interchange.agent.AgentKey;
import io.relaypay.interchange.agent.AgentKeys;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.web.JsonFields;
import io.relaypay.interchange.web.MerchantAuthFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The merchant API for payment-token signing keys: {@code /v1/agent_keys} (docs/agent-protocol.md). */
@RestController
@RequestMapping(path = "/v1/agent_keys", produces = MediaType.APPLICATION_JSON_VALUE)
public class AgentKeyController {

    private static final Set<String> CREATE_FIELDS = Set.of("public_key", "allowed_origins");

    private final AgentKeys keys;

    AgentKeyController(AgentKeys keys) {
        this.keys = keys;
    }

    /** Registers a public key and the origins allowed to present its tokens. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public AgentKeyView create(
            @RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, CREATE_FIELDS);
        return AgentKeyView.of(keys.register(
                caller,
                fields.requiredString("public_key"),
                fields.optionalStrings("allowed_origins").orElse(List.of())));
    }

    /** The caller's keys, newest first, revoked ones included. */
    @GetMapping
    public Map<String, Object> list(@RequestAttribute(MerchantAuthFilter.CALLER) Caller caller) {
        return Map.of(
                "object",
                "list",
                "data",
                keys.list(caller).stream().map(AgentKeyView::of).toList());
    }

    /** Revokes one of the caller's keys: tokens it signed are refused from now on. */
    @PostMapping("/{id}/revoke")
    public AgentKeyView revoke(@RequestAttribute(MerchantAuthFilter.CALLER) Caller caller, @PathVariable String id) {
        return AgentKeyView.of(keys.revoke(caller, id));
    }

    /**
     * An agent key as the API shows it.
     *
     * @param id {@code akey_…}
     * @param object always {@code agent_key}
     * @param publicKey base64url SPKI
     * @param allowedOrigins exact origins
     * @param livemode live or test
     * @param created Unix seconds
     * @param revoked Unix seconds, or null
     */
    public record AgentKeyView(
            String id,
            String object,
            String publicKey,
            List<String> allowedOrigins,
            boolean livemode,
            long created,
            Long revoked) {

        static AgentKeyView of(AgentKey key) {
            return new AgentKeyView(
                    key.id(),
                    "agent_key",
                    key.publicKey(),
                    key.allowedOrigins(),
                    key.livemode(),
                    key.createdAt().getEpochSecond(),
                    key.revokedAt().map(java.time.Instant::getEpochSecond).orElse(null));
        }
    }
}
