package io.relaypay.interchange.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that seals secrets at rest: {@code relaypay.master-key} when set (production), else one
 * generated on first start and kept, owner-readable only, in {@code <data-dir>/master.key}.
 */
final class MasterKey {

    private MasterKey() {}

    static byte[] load(RelaypayProperties properties) {
        if (!properties.masterKey().isBlank()) {
            return decode(properties.masterKey(), "relaypay.master-key");
        }
        Path file = properties.dataDir().resolve("master.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).trim(), file.toString());
            }
            Files.createDirectories(properties.dataDir());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the data directory's ACL.
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key at " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalStateException(where + " must be 32 bytes, base64-encoded");
        }
        return key;
    }
}
