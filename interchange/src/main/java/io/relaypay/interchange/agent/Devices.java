package io.relaypay.interchange.agent;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.messages.ReachChannels;
import io.relaypay.routing.graph.ReachChannel;
import io.relaypay.sdk.agent.DeviceSignatures;
import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Es256;
import io.relaypay.sdk.jose.JoseException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enrolled devices: authenticating their signed requests, revoking them, and telling the router which
 * phones an active agent reaches.
 *
 * <p>A request is signed over {@code "<t>.<METHOD>.<path>.<body>"} with the device key (ES256, P1363,
 * base64url) and sent as {@code Relaypay-Device: <id>} and {@code Relaypay-Device-Signature:
 * t=<unix s>,sig=<b64url>}; {@code t} must be within {@link #TOLERANCE} of the clock.
 */
public final class Devices implements ReachChannels {

    /** How far the signed time may be from the clock, either way. */
    public static final Duration TOLERANCE = Duration.ofSeconds(300);

    private static final Pattern HEADER = Pattern.compile("t=([0-9]{1,12}),sig=([A-Za-z0-9_-]{1,200})");

    private final DeviceStore store;
    private final Clock clock;

    /** Devices in {@code store}. */
    public Devices(DeviceStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The active device that signed this request.
     *
     * @throws ApiException ({@link ProblemType#DEVICE_SIGNATURE_INVALID}) for a missing or malformed
     *     header, an unknown or revoked device, a stale time or a signature that does not verify
     */
    public Device authenticate(String deviceId, String signatureHeader, String method, String path, byte[] body) {
        if (deviceId == null || deviceId.isEmpty() || deviceId.length() > 40) {
            throw refused("send Relaypay-Device with the device id");
        }
        Matcher header = signatureHeader == null ? null : HEADER.matcher(signatureHeader.strip());
        if (header == null || !header.matches()) {
            throw refused("send Relaypay-Device-Signature: t=<unix seconds>,sig=<base64url ES256>");
        }
        long t = Long.parseLong(header.group(1));
        if (Math.abs(clock.instant().getEpochSecond() - t) > TOLERANCE.toSeconds()) {
            throw refused("the signed time is more than " + TOLERANCE.toSeconds() + " s from now");
        }
        Device device = store.find(deviceId).orElseThrow(() -> refused("unknown device"));
        if (!device.active()) {
            throw refused("the device was revoked; enroll again");
        }
        byte[] signature;
        try {
            signature = Base64Url.decode(header.group(2), "sig");
        } catch (JoseException e) {
            throw refused("sig is not base64url");
        }
        if (!Es256.verify(signingInput(t, method, path, body), signature, EcKeys.decodePublic(device.publicKey()))) {
            throw refused("the signature does not verify under the device's key");
        }
        return device;
    }

    /** The bytes a device signs for a request (the SDK's {@link DeviceSignatures#signingInput}). */
    public static byte[] signingInput(long t, String method, String path, byte[] body) {
        return DeviceSignatures.signingInput(t, method, path, body);
    }

    /** Revokes the device; its signatures are refused from now on. */
    public void revoke(Device device) {
        store.revoke(device.id(), clock.instant());
    }

    /**
     * How the interchange can reach {@code phoneNumber} besides cellular: {@code AGENT_INTERNET} while an
     * enrolled agent is active and fetching its messages (a free path for confirmations).
     */
    @Override
    public Set<ReachChannel> reachChannels(String phoneNumber) {
        Set<ReachChannel> channels = EnumSet.of(ReachChannel.CELLULAR);
        if (!store.listeningFor(phoneNumber, clock.instant()).isEmpty()) {
            channels.add(ReachChannel.AGENT_INTERNET);
        }
        return channels;
    }

    private static ApiException refused(String detail) {
        return new ApiException(ProblemType.DEVICE_SIGNATURE_INVALID, detail);
    }
}
