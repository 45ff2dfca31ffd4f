package io.relaypay.sdk.jose;

import java.util.Base64;

/** Base64url without padding, as JOSE uses it; decoding refuses padding and foreign characters. */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {}

    /** {@code bytes} as unpadded base64url. */
    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * The bytes of unpadded base64url {@code text}.
     *
     * @throws JoseException ({@link JoseException.Reason#MALFORMED}) if it is not unpadded base64url
     */
    public static byte[] decode(String text, String what) {
        if (text == null || text.indexOf('=') >= 0) {
            throw new JoseException(JoseException.Reason.MALFORMED, what + " is not unpadded base64url");
        }
        try {
            return DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new JoseException(JoseException.Reason.MALFORMED, what + " is not unpadded base64url", e);
        }
    }
}
