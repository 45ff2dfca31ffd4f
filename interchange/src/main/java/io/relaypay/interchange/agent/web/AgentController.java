package io.relaypay.interchange.agent.web;

import io.relaypay.interchange.agent.AgentKey;
import io.relaypay.interchange.agent.AgentKeys;
import io.relaypay.interchange.agent.AgentMailbox;
import io.relaypay.interchange.agent.AgentMessage;
import io.relaypay.interchange.agent.AgentPayments;
import io.relaypay.interchange.agent.Device;
import io.relaypay.interchange.agent.Devices;
import io.relaypay.interchange.agent.Enrollment;
import io.relaypay.interchange.agent.Enrollments;
import io.relaypay.interchange.agent.ServerKey;
import io.relaypay.interchange.agent.ServerKeys;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.web.JsonFields;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API the local agent calls: {@code /agent/v1} (docs/agent-protocol.md). Key lookups and
 * enrollment are public; everything a device does is signed, over the raw body, so the body is read
 * as bytes and parsed here.
 */
@RestController
@RequestMapping(path = "/agent/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class AgentController {

    /** The header naming the signing device. */
    public static final String DEVICE_HEADER = "Relaypay-Device";

    /** The header carrying the device's signature. */
    public static final String SIGNATURE_HEADER = "Relaypay-Device-Signature";

    private static final Set<String> ENROLL_FIELDS = Set.of("phone_number");
    private static final Set<String> CONFIRM_FIELDS = Set.of("code", "device_public_key", "device_name", "platform");
    private static final Set<String> PAY_FIELDS = Set.of("token", "pin");
    private static final Set<String> FETCH_FIELDS = Set.of("wait");

    private final AgentKeys agentKeys;
    private final ServerKeys serverKeys;
    private final Enrollments enrollments;
    private final Devices devices;
    private final AgentPayments payments;
    private final AgentMailbox mailbox;
    private final MerchantService merchants;
    private final JsonMapper json;

    AgentController(
            AgentKeys agentKeys,
            ServerKeys serverKeys,
            Enrollments enrollments,
            Devices devices,
            AgentPayments payments,
            AgentMailbox mailbox,
            MerchantService merchants,
            JsonMapper json) {
        this.agentKeys = agentKeys;
        this.serverKeys = serverKeys;
        this.enrollments = enrollments;
        this.devices = devices;
        this.payments = payments;
        this.mailbox = mailbox;
        this.merchants = merchants;
        this.json = json;
    }

    /** A merchant's active agent key, so the agent can check a token and its origin before prompting. */
    @GetMapping("/keys/{merchantId}/{kid}")
    public Map<String, Object> key(@PathVariable String merchantId, @PathVariable String kid) {
        AgentKey key = agentKeys
                .findActive(kid)
                .filter(k -> k.merchantId().equals(merchantId))
                .orElseThrow(() -> ApiException.notFound("agent key", kid));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("merchant", key.merchantId());
        view.put("merchant_name", merchants.require(key.merchantId()).name());
        view.put("kid", key.id());
        view.put("public_key", key.publicKey());
        view.put("allowed_origins", key.allowedOrigins());
        view.put("livemode", key.livemode());
        return view;
    }

    /** The interchange's current PIN-encryption key. */
    @GetMapping("/server_key")
    public Map<String, String> serverKey() {
        ServerKeys.Current key = serverKeys.current(ServerKey.Purpose.PIN);
        return Map.of("kid", key.kid(), "public_key", key.publicKey());
    }

    /** Starts an enrollment: texts a code to the phone. */
    @PostMapping(path = "/enrollments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> enroll(@RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, ENROLL_FIELDS);
        Enrollment enrollment;
        try {
            enrollment = enrollments.start(fields.requiredString("phone_number"));
        } catch (MessageSender.NoRouteException e) {
            throw ApiException.invalid("phone_number", "no route reaches this phone number");
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", enrollment.id());
        view.put("object", "enrollment");
        view.put("status", enrollment.status().wire());
        view.put("expires_at", enrollment.expiresAt().getEpochSecond());
        return view;
    }

    /** Confirms an enrollment with the SMS code and registers the device key. */
    @PostMapping(path = "/enrollments/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> confirm(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, CONFIRM_FIELDS);
        Device device = enrollments.confirm(
                id,
                fields.requiredString("code"),
                fields.requiredString("device_public_key"),
                fields.requiredString("device_name"),
                fields.requiredString("platform"));
        return Map.of("device", device.id(), "phone_number", device.phoneNumber());
    }

    /** Pays a payment token with the sealed PIN; device-signed. */
    @PostMapping(path = "/payments")
    public ResponseEntity<Map<String, Object>> pay(
            @RequestHeader(name = DEVICE_HEADER, required = false) String deviceId,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        byte[] raw = body == null ? new byte[0] : body;
        Device device = devices.authenticate(deviceId, signature, request.getMethod(), request.getRequestURI(), raw);
        JsonFields fields = JsonFields.of(parse(raw), PAY_FIELDS);
        AgentPayments.Answer answer = payments.pay(device, fields.requiredString("token"), sealedPin(parse(raw)));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("payment", answer.payment().id());
        view.put("status", answer.payment().status().wire());
        answer.receipt().ifPresent(r -> view.put("receipt", r));
        return ResponseEntity.status(answer.receipt().isPresent() ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                .body(view);
    }

    /**
     * Takes the signing device's waiting messages (confirmation codes, notices), oldest first; with
     * {@code wait} (seconds, at most 25) it waits that long for one when there is none. POST, not
     * GET: taking marks the messages fetched and reports them delivered, and the body signs {@code
     * wait}. An empty body is {@code wait: 0}.
     */
    @PostMapping(path = "/messages/fetch")
    public ResponseEntity<Map<String, Object>> fetchMessages(
            @RequestHeader(name = DEVICE_HEADER, required = false) String deviceId,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        byte[] raw = body == null ? new byte[0] : body;
        Device device = devices.authenticate(deviceId, signature, request.getMethod(), request.getRequestURI(), raw);
        long wait = JsonFields.of(parse(raw), FETCH_FIELDS).optionalLong("wait").orElse(0L);
        if (wait < 0 || wait > AgentMailbox.MAX_WAIT.toSeconds()) {
            throw ApiException.invalid("wait", "wait is 0 to " + AgentMailbox.MAX_WAIT.toSeconds() + " seconds");
        }
        List<Map<String, Object>> data = new ArrayList<>();
        for (AgentMessage message : mailbox.fetch(device, Duration.ofSeconds(wait))) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", message.id());
            view.put("object", "agent_message");
            view.put("text", message.text());
            view.put("created", message.createdAt().getEpochSecond());
            data.add(view);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", data);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(list);
    }

    /** The signing device. */
    @GetMapping("/devices/self")
    public Map<String, Object> self(
            @RequestHeader(name = DEVICE_HEADER, required = false) String deviceId,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
            HttpServletRequest request) {
        Device device =
                devices.authenticate(deviceId, signature, request.getMethod(), request.getRequestURI(), new byte[0]);
        return deviceView(device);
    }

    /** Revokes the signing device. */
    @DeleteMapping("/devices/self")
    public Map<String, Object> revoke(
            @RequestHeader(name = DEVICE_HEADER, required = false) String deviceId,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
            HttpServletRequest request) {
        Device device =
                devices.authenticate(deviceId, signature, request.getMethod(), request.getRequestURI(), new byte[0]);
        devices.revoke(device);
        Map<String, Object> view = deviceView(device);
        view.put("revoked", true);
        return view;
    }

    private static Map<String, Object> deviceView(Device device) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", device.id());
        view.put("object", "device");
        view.put("phone_number", device.phoneNumber());
        view.put("name", device.name());
        view.put("platform", device.platform());
        view.put("created", device.createdAt().getEpochSecond());
        view.put("revoked", false);
        return view;
    }

    private JsonNode parse(byte[] raw) {
        if (raw.length == 0) {
            return null;
        }
        try {
            return json.readTree(raw);
        } catch (JacksonException e) {
            throw ApiException.invalid(null, "the body is not valid JSON");
        }
    }

    /** The sealed box as JSON text: sent as an object (preferred) or as a string holding the JSON. */
    private String sealedPin(JsonNode body) {
        JsonNode pin = body == null ? null : body.get("pin");
        if (pin == null || pin.isNull()) {
            throw ApiException.invalid("pin", "pin is required, sealed to GET /agent/v1/server_key");
        }
        if (pin.isObject()) {
            return json.writeValueAsString(pin);
        }
        if (pin.isString()) {
            return pin.stringValue();
        }
        throw ApiException.invalid("pin", "pin must be the sealed box object");
    }
}
