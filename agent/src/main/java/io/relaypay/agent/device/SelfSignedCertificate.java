package io.relaypay.agent.device;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A minimal self-signed X.509 certificate for the device key. PKCS#12 keeps a private key only
 * with a certificate chain, and the JDK has no public API to make one, so this writes the few DER
 * structures by hand. Nobody else ever sees or trusts this certificate: the interchange knows the
 * device by its public key.
 */
final class SelfSignedCertificate {

    private static final byte[] ECDSA_WITH_SHA256 =
            tlv(0x30, tlv(0x06, new byte[] {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02}));
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

    private SelfSignedCertificate() {}

    static X509Certificate of(KeyPair keys, ZonedDateTime now) throws GeneralSecurityException {
        byte[] name = tlv(
                0x30,
                tlv(0x31, tlv(0x30, tlv(0x06, new byte[] {0x55, 0x04, 0x03}), tlv(0x0C, "relaypay-agent".getBytes()))));
        ZonedDateTime from = now.withZoneSameInstant(ZoneOffset.UTC).withNano(0);
        ZonedDateTime until = from.plusYears(20).getYear() > 2049 ? from.withYear(2049) : from.plusYears(20);
        byte[] validity = tlv(
                0x30,
                tlv(0x17, UTC_TIME.format(from).getBytes()),
                tlv(0x17, UTC_TIME.format(until).getBytes()));
        byte[] tbs = tlv(
                0x30,
                tlv(0xA0, tlv(0x02, new byte[] {2})),
                tlv(0x02, new byte[] {1}),
                ECDSA_WITH_SHA256,
                name,
                validity,
                name,
                keys.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bits, 1, signature.length);
        byte[] certificate = tlv(0x30, tbs, ECDSA_WITH_SHA256, tlv(0x03, bits));
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
    }

    private static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        int length = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
