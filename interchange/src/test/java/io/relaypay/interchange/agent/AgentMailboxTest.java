package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The agents' mailbox: who gets a post, what a fetch takes and reports, and how a fetch waits. */
class AgentMailboxTest {

    final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    static final String PHONE = "+4915112345678";

    final MemoryDevices devices = new MemoryDevices();
    final MemoryMailbox store = new MemoryMailbox();
    final List<InboundEvent> reported = new CopyOnWriteArrayList<>();
    final AgentMailbox mailbox = new AgentMailbox(store, devices, direct(), new Ids(clock), clock);

    AgentMailboxTest() {
        mailbox.attach("agent-push", reported::add);
    }

    /** Runs the work at once: these stores have no transactions to join. */
    static Transactions direct() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
    }

    Device device(String id, String phone) {
        return new Device(id, phone, "usr_1", "key", "laptop", "linux", clock.instant(), Optional.empty());
    }

    @Test
    void aPhoneWithoutAnActiveDeviceGetsNothingPosted() {
        devices.insert(device("dev_revoked", PHONE));
        mailbox.fetch(devices.find("dev_revoked").orElseThrow(), Duration.ZERO);
        devices.revoke("dev_revoked", clock.instant());

        assertThat(mailbox.post("agent-push", PHONE, "msg_1", "code 12345")).isEmpty();
        assertThat(store.rows).isEmpty();
    }

    @Test
    void everyActiveDeviceOfThePhoneGetsTheTextAndEachFetchReportsTheDelivery() {
        Device laptop = device("dev_laptop", PHONE);
        Device desktop = device("dev_desktop", PHONE);
        devices.insert(laptop);
        devices.insert(desktop);
        devices.insert(device("dev_other", "+4915199999999"));
        mailbox.fetch(laptop, Duration.ZERO);
        mailbox.fetch(desktop, Duration.ZERO);

        String delivery =
                mailbox.post("agent-push", PHONE, "msg_1", "code 12345").orElseThrow();

        assertThat(mailbox.fetch(laptop, Duration.ZERO))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("code 12345"));
        assertThat(mailbox.fetch(laptop, Duration.ZERO)).isEmpty();
        assertThat(mailbox.fetch(desktop, Duration.ZERO)).hasSize(1);
        assertThat(reported)
                .hasSize(2)
                .allSatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(InboundEvent.DeliveryReport.class, report -> {
                            assertThat(report.channel()).isEqualTo("agent-push");
                            assertThat(report.controllerMessageId()).isEqualTo(delivery);
                            assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
                        }));
    }

    @Test
    void anEnrolledDeviceWhoseAgentNeverFetchedGetsNothingPosted() {
        devices.insert(device("dev_quiet", PHONE));

        assertThat(mailbox.post("agent-push", PHONE, "msg_1", "code 12345")).isEmpty();
        assertThat(store.rows).isEmpty();
    }

    @Test
    void anAgentCountsAsListeningForItsWaitAndTheGraceAfterItsLastFetch() {
        Device laptop = device("dev_laptop", PHONE);
        devices.insert(laptop);
        mailbox.fetch(laptop, Duration.ZERO);

        clock.advance(AgentMailbox.LISTEN_GRACE.minusSeconds(1));
        assertThat(mailbox.post("agent-push", PHONE, "msg_1", "code 12345")).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(mailbox.post("agent-push", PHONE, "msg_2", "code 67890"))
                .as("silent for the grace: the phone gets SMS again")
                .isEmpty();
    }

    @Test
    void aWaitingFetchReturnsTheMessagePostedMeanwhile() throws Exception {
        Device laptop = device("dev_laptop", PHONE);
        devices.insert(laptop);
        mailbox.fetch(laptop, Duration.ZERO);

        CompletableFuture<List<AgentMessage>> waiting =
                CompletableFuture.supplyAsync(() -> mailbox.fetch(laptop, Duration.ofSeconds(20)));
        mailbox.post("agent-push", PHONE, "msg_1", "code 12345");

        assertThat(waiting.get(10, TimeUnit.SECONDS)).hasSize(1);
    }

    @Test
    void aReportTheSinkRefusesLeavesTheMessagesForTheNextFetch() {
        AgentMailbox refusing = new AgentMailbox(store, devices, direct(), new Ids(clock), clock);
        refusing.attach("agent-push", event -> {
            throw new IllegalStateException("outbox down");
        });
        Device laptop = device("dev_laptop", PHONE);
        devices.insert(laptop);
        refusing.fetch(laptop, Duration.ZERO);
        refusing.post("agent-push", PHONE, "msg_1", "code 12345");

        assertThatThrownBy(() -> refusing.fetch(laptop, Duration.ZERO))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.SINK_UNAVAILABLE));
    }

    static final class MemoryDevices implements DeviceStore {
        final Map<String, Instant> listeningUntil = new HashMap<>();
        final Map<String, Device> byId = new HashMap<>();

        @Override
        public synchronized void insert(Device device) {
            byId.put(device.id(), device);
        }

        @Override
        public synchronized Optional<Device> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public synchronized List<Device> activeFor(String phoneNumber) {
            return byId.values().stream()
                    .filter(d -> d.phoneNumber().equals(phoneNumber) && d.active())
                    .sorted(Comparator.comparing(Device::id))
                    .toList();
        }

        @Override
        public synchronized List<Device> listeningFor(String phoneNumber, Instant now) {
            return activeFor(phoneNumber).stream()
                    .filter(d ->
                            listeningUntil.getOrDefault(d.id(), Instant.MIN).isAfter(now))
                    .toList();
        }

        @Override
        public synchronized void listening(String id, Instant until) {
            listeningUntil.put(id, until);
        }

        @Override
        public synchronized void revoke(String id, Instant at) {
            Device d = byId.get(id);
            byId.put(
                    id,
                    new Device(
                            d.id(),
                            d.phoneNumber(),
                            d.userId(),
                            d.publicKey(),
                            d.name(),
                            d.platform(),
                            d.createdAt(),
                            Optional.of(at)));
        }
    }

    /** Rows and their fetch times; no locking, as the tests fetch one device from one thread. */
    static final class MemoryMailbox implements MailboxStore {
        final List<AgentMessage> rows = new CopyOnWriteArrayList<>();
        final Map<String, Instant> fetched = new HashMap<>();

        @Override
        public void insert(AgentMessage message) {
            rows.add(message);
        }

        @Override
        public synchronized List<AgentMessage> lockUnfetched(String deviceId, int limit) {
            List<AgentMessage> unfetched = new ArrayList<>();
            for (AgentMessage m : rows) {
                if (m.deviceId().equals(deviceId) && !fetched.containsKey(m.id()) && unfetched.size() < limit) {
                    unfetched.add(m);
                }
            }
            return unfetched;
        }

        @Override
        public synchronized void markFetched(List<String> ids, Instant at) {
            ids.forEach(id -> fetched.put(id, at));
        }
    }
}
