package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.agent.internal.JdbcAgentKeyStore;
import io.relaypay.interchange.agent.internal.JdbcAgentPaymentStore;
import io.relaypay.interchange.agent.internal.JdbcDeviceStore;
import io.relaypay.interchange.agent.internal.JdbcEnrollmentStore;
import io.relaypay.interchange.agent.internal.JdbcServerKeyStore;
import io.relaypay.interchange.persistence.InterchangeSchema;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.users.internal.JdbcUserStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agent's migration and queries on the embedded H2 the demo runs on (the ITs cover PostgreSQL),
 * above all that a spent nonce is refused by the primary key on H2 too.
 */
class AgentTablesOnH2Test {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    JdbcClient jdbc;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:agent" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        InterchangeSchema.migrate(h2);
        jdbc = JdbcClient.create(h2);
        jdbc.sql("INSERT INTO merchants (id, name, created_at) VALUES ('mer_1', 'Acme', ?)")
                .param(SqlTime.of(NOW))
                .update();
        jdbc.sql("""
                INSERT INTO payments (id, merchant_id, livemode, status, amount, currency, reference, created_at,
                    expires_at, updated_at)
                VALUES ('pay_1', 'mer_1', FALSE, 'PROCESSING', 499, 'EUR', 'r', ?, ?, ?)""")
                .params(SqlTime.of(NOW), SqlTime.of(NOW.plusSeconds(900)), SqlTime.of(NOW))
                .update();
        new JdbcUserStore(jdbc)
                .insertIfAbsent(new User("usr_1", "+4915112345671", Optional.empty(), 0, Optional.empty(), NOW));
    }

    private Device device() {
        Device device = new Device("dev_1", "+4915112345671", "usr_1", "pk", "Laptop", "linux", NOW, Optional.empty());
        new JdbcDeviceStore(jdbc).insert(device);
        return device;
    }

    @Test
    void aNonceIsSpentOnceAndKeepsTheFirstReceipt() {
        device();
        JdbcAgentPaymentStore store = new JdbcAgentPaymentStore(jdbc);
        AgentPayment spent = new AgentPayment("nonce-1", "a".repeat(64), "dev_1", "pay_1", Optional.empty(), NOW);

        assertThat(store.insert(spent)).isTrue();
        assertThat(store.insert(spent)).isFalse();
        store.receipt("nonce-1", "first");
        store.receipt("nonce-1", "second");
        assertThat(store.find("nonce-1").orElseThrow().receipt()).contains("first");
    }

    @Test
    void devicesAreReachChannelsUntilRevoked() {
        JdbcDeviceStore devices = new JdbcDeviceStore(jdbc);
        device();

        assertThat(devices.activeFor("+4915112345671")).hasSize(1);
        assertThat(devices.listeningFor("+4915112345671", NOW)).isEmpty();
        devices.listening("dev_1", NOW.plusSeconds(30));
        assertThat(devices.listeningFor("+4915112345671", NOW)).hasSize(1);
        assertThat(devices.listeningFor("+4915112345671", NOW.plusSeconds(30))).isEmpty();
        devices.revoke("dev_1", NOW.plusSeconds(1));
        assertThat(devices.listeningFor("+4915112345671", NOW)).isEmpty();
        assertThat(devices.activeFor("+4915112345671")).isEmpty();
        assertThat(devices.find("dev_1").orElseThrow().revokedAt()).contains(NOW.plusSeconds(1));
    }

    @Test
    void enrollmentsAreLockedUpdatedAndCounted() {
        JdbcEnrollmentStore store = new JdbcEnrollmentStore(jdbc);
        Enrollment started = new Enrollment(
                "enr_1",
                "+4915112345671",
                "c".repeat(64),
                0,
                Enrollment.Status.REQUIRES_CODE,
                Optional.empty(),
                NOW,
                NOW.plusSeconds(600));
        store.insert(started);

        Enrollment locked = store.lock("enr_1").orElseThrow();
        store.update(new Enrollment(
                locked.id(),
                locked.phoneNumber(),
                locked.codeHash(),
                1,
                Enrollment.Status.FAILED,
                Optional.empty(),
                locked.createdAt(),
                locked.expiresAt()));

        assertThat(store.lock("enr_1").orElseThrow().status()).isEqualTo(Enrollment.Status.FAILED);
        assertThat(store.countSince("+4915112345671", NOW.minusSeconds(1))).isEqualTo(1);
        assertThat(store.countSince("+4915112345671", NOW)).isZero();
    }

    @Test
    void agentKeysKeepTheirOriginsAndServerKeysRetire() {
        JdbcAgentKeyStore keys = new JdbcAgentKeyStore(jdbc);
        keys.insert(new AgentKey(
                "akey_1",
                "mer_1",
                false,
                "pk",
                List.of("https://a.example", "http://127.0.0.1:8082"),
                NOW,
                Optional.empty()));
        assertThat(keys.list("mer_1", false).getFirst().allowedOrigins())
                .containsExactly("https://a.example", "http://127.0.0.1:8082");

        JdbcServerKeyStore serverKeys = new JdbcServerKeyStore(jdbc);
        serverKeys.insert(new ServerKey("rk_1", ServerKey.Purpose.RECEIPT, "pub1", "v1:x", NOW, Optional.empty()));
        serverKeys.insert(
                new ServerKey("rk_2", ServerKey.Purpose.RECEIPT, "pub2", "v1:y", NOW.plusSeconds(1), Optional.empty()));
        serverKeys.retireAllBut(ServerKey.Purpose.RECEIPT, "rk_2", NOW.plusSeconds(1));

        assertThat(serverKeys.list(ServerKey.Purpose.RECEIPT))
                .extracting(ServerKey::kid)
                .containsExactly("rk_2", "rk_1");
        assertThat(serverKeys.list(ServerKey.Purpose.PIN)).isEmpty();
    }
}
