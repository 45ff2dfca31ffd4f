package io.relaypay.sdk.agent;

import static java.util.Objects.requireNonNull;

import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.Es256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

/**
 * The signature an enrolled agent puts on every request to {@code /agent/v1}: ES256 (P1363, base64url)
 * over {@code "<t>.<METHOD>.<path>.<body>"}, sent as {@code Relaypay-Device: <device id>} and
 * {@code Relaypay-Device-Signature: t=<unix seconds>,sig=<signature>}. The path is the request path
 * without query; the body is the exact bytes sent (empty for GET and DELETE).
 */
public final class DeviceSignatures {

    /** The header naming the device. */
    public static final String DEVICE_HEADER = "Relaypay-Device";

    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "Relaypay-Device-Signature";

    private DeviceSignatures() {}

    /** The bytes signed for a request. */
    public static byte[] signingInput(long t, String method, String path, byte[] body) {
        byte[] head = (t + "." + requireNonNull(method, "method") + "." + requireNonNull(path, "path") + ".")
                .getBytes(StandardCharsets.UTF_8);
        byte[] raw = requireNonNull(body, "body");
        return ByteBuffer.allocate(head.length + raw.length).put(head).put(raw).array();
    }

    /** The {@code Relaypay-Device-Signature} value for a request signed with the device key at {@code t}. */
    public static String header(PrivateKey deviceKey, long t, String method, String path, byte[] body) {
        return "t=" + t + ",sig=" + Base64Url.encode(Es256.sign(signingInput(t, method, path, body), deviceKey));
    }
}
