package io.relaypay.agent.device;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * The enrolled device: its id at the interchange, the phone it pays for, and its key pair.
 *
 * @param id the interchange's device id, {@code dev_…}
 * @param phoneNumber the enrolled phone number (E.164); shown to the owner only, never to pages
 * @param interchange the interchange it enrolled with
 * @param privateKey signs every request to the interchange
 * @param publicKey registered at enrollment
 */
public record Device(String id, String phoneNumber, URI interchange, PrivateKey privateKey, PublicKey publicKey) {

    /** Checks the fields. */
    public Device {
        requireNonNull(id, "id");
        requireNonNull(phoneNumber, "phoneNumber");
        requireNonNull(interchange, "interchange");
        requireNonNull(privateKey, "privateKey");
        requireNonNull(publicKey, "publicKey");
    }

    /**
     * The {@code Relaypay-Device-Signature} value for a request: {@code t=<unix s>,sig=<b64url ES256
     * P1363 over "<t>.<METHOD>.<path>.<body>">}.
     */
    public String signature(Instant at, String method, String path, byte[] body) {
        long t = at.getEpochSecond();
        byte[] prefix = (t + "." + method + "." + path + ".").getBytes(StandardCharsets.UTF_8);
        try {
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(privateKey);
            signer.update(prefix);
            signer.update(body);
            return "t=" + t + ",sig=" + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot sign with ES256", e);
        }
    }

    /** Enough to recognise the device in logs and status, without the phone number. */
    @Override
    public String toString() {
        return "Device[" + id + "]";
    }
}
