package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.agent.device.Device;
import io.relaypay.agent.device.DeviceStore;
import io.relaypay.agent.pairing.PairingStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceStoreTest {

    @TempDir
    Path home;

    @Test
    void enrolledDeviceKeyIsKeptInAPkcs12KeystoreOnlyTheUserCanRead() throws Exception {
        Path dir = home.resolve("relaypay-agent");
        DeviceStore store = new DeviceStore(dir, Clock.systemUTC());
        KeyPair keys = DeviceStore.newKeyPair();

        store.save("dev_1", "+4915112345678", URI.create("http://127.0.0.1:8080"), keys);
        Device device = store.load().orElseThrow();

        assertThat(device.id()).isEqualTo("dev_1");
        assertThat(device.publicKey().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
        assertThat(device.privateKey().getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        for (String file : new String[] {"device.p12", "device.secret", "device.json"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))))
                    .as(file)
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(dir.resolve("device.json"))).doesNotContain("PRIVATE");
        assertThat(device.toString()).doesNotContain("4915112345678");
    }

    @Test
    void deviceSignatureCoversTimeMethodPathAndBody() throws Exception {
        DeviceStore store = new DeviceStore(home, Clock.systemUTC());
        store.save("dev_1", "+4915112345678", URI.create("http://x"), DeviceStore.newKeyPair());
        Device device = store.load().orElseThrow();

        String header =
                device.signature(Instant.ofEpochSecond(1_800_000_000L), "POST", "/agent/v1/payments", "{}".getBytes());

        assertThat(header).startsWith("t=1800000000,sig=");
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(device.publicKey());
        verifier.update("1800000000.POST./agent/v1/payments.{}".getBytes());
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(header.substring(header.indexOf("sig=") + 4))))
                .isTrue();
    }

    @Test
    void pairingTokensAreStoredOnlyAsHashes() throws Exception {
        PairingStore pairings = new PairingStore(home, Clock.systemUTC());

        String token = pairings.pair("Dungeon Game");

        assertThat(pairings.appFor(token)).contains("Dungeon Game");
        assertThat(pairings.appFor(token + "x")).isEmpty();
        assertThat(Files.readString(home.resolve("pairings.json"))).doesNotContain(token.substring(4));
    }
}
