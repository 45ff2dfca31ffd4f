package io.relaypay.interchange.admin.web;

import io.relaypay.interchange.merchants.ApiKey;
import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.IssuedKey;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.merchants.NewMerchant;
import io.relaypay.interchange.web.JsonFields;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Admin API for merchants and their keys: {@code /admin/v1/merchants}. */
@RestController
@RequestMapping(path = "/admin/v1/merchants", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminMerchantController {

    private static final Set<String> FIELDS =
            Set.of("name", "webhook_url", "fee_basis_points", "fee_fixed", "allowed_countries", "category");

    private static final Duration DEFAULT_SECRET_OVERLAP = Duration.ofDays(1);

    private final MerchantService merchants;

    AdminMerchantController(MerchantService merchants) {
        this.merchants = merchants;
    }

    /** Creates a merchant; the response holds its webhook secret, shown only this once. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> create(@RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, FIELDS);
        long fixed = fields.optionalLong("fee_fixed").orElse(0L);
        long bps = fields.optionalLong("fee_basis_points").orElse(0L);
        if (bps < 0 || bps > 10_000) {
            throw io.relaypay.interchange.common.ApiException.invalid(
                    "fee_basis_points", "fee_basis_points is 0 to 10000");
        }
        if (fixed < 0) {
            throw io.relaypay.interchange.common.ApiException.invalid("fee_fixed", "fee_fixed must not be negative");
        }
        MerchantService.Created created = merchants.create(new NewMerchant(
                fields.requiredString("name"),
                fields.optionalUrl("webhook_url"),
                new FeeTerms((int) bps, fixed),
                new HashSet<>(fields.optionalStrings("allowed_countries").orElse(List.of())),
                fields.optionalString("category").orElse(null)));
        Map<String, Object> view = view(created.merchant());
        view.put("webhook_secret", created.webhookSecret());
        return view;
    }

    /** All merchants. */
    @GetMapping
    public Map<String, Object> list() {
        return Map.of(
                "object",
                "list",
                "data",
                merchants.list().stream().map(this::view).toList());
    }

    /** One merchant. */
    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable String id) {
        return view(merchants.require(id));
    }

    /** Issues a key ({@code {"livemode": true}} for a live key); the secret is shown only this once. */
    @PostMapping("/{id}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> issueKey(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        boolean live = JsonFields.of(body, Set.of("livemode"))
                .optionalBoolean("livemode")
                .orElse(false);
        IssuedKey issued = merchants.issueKey(id, live);
        Map<String, Object> view = keyView(issued.key());
        view.put("secret", issued.secret());
        return view;
    }

    /**
     * Rolls the webhook signing secret: the new one is shown only this once, and the old one keeps
     * signing for {@code previous_secret_expires_in} seconds (default a day, {@code 0} after a leak).
     */
    @PostMapping("/{id}/webhook-secret")
    public Map<String, Object> rotateWebhookSecret(
            @PathVariable String id, @RequestBody(required = false) JsonNode body) {
        Duration overlap = JsonFields.of(body, Set.of("previous_secret_expires_in"))
                .optionalLong("previous_secret_expires_in")
                .map(Duration::ofSeconds)
                .orElse(DEFAULT_SECRET_OVERLAP);
        MerchantService.RotatedSecret rotated = merchants.rotateWebhookSecret(id, overlap);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "webhook_secret");
        view.put("merchant", rotated.merchantId());
        view.put("secret", rotated.webhookSecret());
        view.put(
                "previous_secret_expires",
                rotated.previousUntil().map(java.time.Instant::getEpochSecond).orElse(null));
        return view;
    }

    /** A merchant's keys, without secrets. */
    @GetMapping("/{id}/keys")
    public Map<String, Object> keys(@PathVariable String id) {
        return Map.of(
                "object",
                "list",
                "data",
                merchants.keys(id).stream().map(this::keyView).toList());
    }

    /** Revokes a key at once. */
    @DeleteMapping("/{id}/keys/{keyId}")
    public Map<String, Object> revoke(@PathVariable String id, @PathVariable String keyId) {
        merchants.revokeKey(id, keyId);
        return Map.of("id", keyId, "object", "api_key", "revoked", true);
    }

    private Map<String, Object> view(Merchant m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id());
        view.put("object", "merchant");
        view.put("name", m.name());
        view.put("webhook_url", m.webhookUrl().map(URI::toString).orElse(null));
        view.put("fee_basis_points", m.fees().basisPoints());
        view.put("fee_fixed", m.fees().fixedMinor());
        view.put("allowed_countries", m.allowedCountries().stream().sorted().toList());
        view.put("category", m.category());
        view.put("created", m.createdAt().getEpochSecond());
        return view;
    }

    private Map<String, Object> keyView(ApiKey key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id());
        view.put("object", "api_key");
        view.put("merchant", key.merchantId());
        view.put("livemode", key.livemode());
        view.put("hint", "…" + key.hint());
        view.put("created", key.createdAt().getEpochSecond());
        view.put(
                "revoked",
                key.revokedAt().map(java.time.Instant::getEpochSecond).orElse(null));
        return view;
    }
}
