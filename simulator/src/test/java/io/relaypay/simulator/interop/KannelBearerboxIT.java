package io.relaypay.simulator.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.IdFormat;
import io.relaypay.simulator.Phone;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.SmscConfig;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator's SMSCs against an SMPP client that is not ours: Kannel's bearerbox (Debian package
 * {@code kannel}, installed by {@link KannelInstallation} when missing) binds to them as a
 * transceiver; messages go in through Kannel's HTTP {@code sendsms}, must arrive in the virtual
 * phone's inbox, and their delivery receipts must come back through bearerbox to the {@code
 * dlr-url}; an MO from the phone must reach Kannel's {@code sms-service}.
 *
 * <p>Two SMSCs cover both ways receipts are matched: {@value #MIXED} reports ids in hex in {@code
 * submit_sm_resp} and in decimal in the receipt text, without TLVs (Kannel {@code msg-id-type =
 * 1}); {@value #DECIMAL} reports decimal ids in both and sends the {@code receipted_message_id}
 * TLV, which Kannel prefers over the text (Kannel {@code msg-id-type = 0}). A DLR of type 1 at the
 * {@code dlr-url} proves bearerbox found its stored DLR entry for the receipt, which only happens
 * when the id formats line up.
 */
class KannelBearerboxIT {

    private static final String MIXED = "smsc-mixed";
    private static final String DECIMAL = "smsc-decimal";
    private static final String SYSTEM_ID = "kannel";
    private static final String PASSWORD = "kanpass";
    private static final String SHORT_CODE = "84444";
    private static final String PHONE = "+4915112345671";

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private static CarrierNetwork network;
    private static HttpRecorder recorder;
    private static KannelProcess kannel;

    @BeforeAll
    static void startNetworkAndKannel() throws IOException {
        Path logs = Files.createTempDirectory(Files.createDirectories(Path.of("target", "kannel")), "run-");
        KannelInstallation.Binaries binaries = KannelInstallation.require(logs);
        network = CarrierNetwork.start(SimulatorConfig.builder()
                .httpPort(0)
                .smtpPort(0)
                .carrier(new CarrierConfig(
                        "northwind", "EUR", List.of(99L, 199L), 30, List.of("+49151"), "sms.northwind.test"))
                .smsc(smsc(MIXED)
                        .idFormats(IdFormat.HEX, IdFormat.DECIMAL)
                        .receiptedMessageIdTlv(false)
                        .build())
                .smsc(smsc(DECIMAL)
                        .idFormats(IdFormat.DECIMAL, IdFormat.DECIMAL)
                        .receiptedMessageIdTlv(true)
                        .build())
                .phone(PHONE, "northwind")
                .build());
        recorder = HttpRecorder.start();
        List<Integer> ports = FreePorts.take(3);
        KannelConfig config = new KannelConfig(
                logs,
                ports.get(0),
                ports.get(1),
                ports.get(2),
                List.of(
                        new KannelConfig.Smsc(MIXED, network.smppPort(MIXED), SYSTEM_ID, PASSWORD, 0b01),
                        new KannelConfig.Smsc(DECIMAL, network.smppPort(DECIMAL), SYSTEM_ID, PASSWORD, 0b00)),
                recorder.url("/mo?from=%p&to=%P&text=%a&coding=%c&smsc=%i"));
        kannel = KannelProcess.start(binaries, config, STARTUP);
        kannel.awaitReady(STARTUP);
    }

    private static SmscConfig.Builder smsc(String name) {
        return SmscConfig.builder(name)
                .port(0)
                .systemId(SYSTEM_ID)
                .password(PASSWORD)
                .dlrDelay(Duration.ofMillis(100))
                .carriers("northwind");
    }

    @AfterAll
    static void stopKannelAndNetwork() {
        // Each step runs even when an earlier one failed or never started.
        try {
            if (kannel != null) {
                kannel.close();
            }
        } finally {
            try {
                if (recorder != null) {
                    recorder.close();
                }
            } finally {
                if (network != null) {
                    network.close();
                }
            }
        }
    }

    @ParameterizedTest(name = "via {0} (submit_sm_resp ids in base {1})")
    @CsvSource({MIXED + ", 16", DECIMAL + ", 10"})
    void messageSentThroughKannelReachesThePhoneAndItsDeliveryReportReachesKannel(String smsc, int submitIdRadix)
            throws Exception {
        String tag = tag();
        String text = "Your code is 4711 " + tag;

        HttpResponse<String> response = sendsms(smsc, text, tag, Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        ReceivedMessage received = awaitInbox(text);
        assertThat(received.sender()).isEqualTo(SHORT_CODE);
        assertThat(received.via()).isEqualTo(smsc);
        HttpRecorder.Call dlr = awaitDlr(tag);
        assertThat(dlr.param("type")).as("Kannel DLR type (1 = delivered)").isEqualTo("1");
        assertThat(dlr.param("smsc")).isEqualTo(smsc);
        assertThat(dlr.param("report")).contains("stat:DELIVRD");
        // Kannel stores the submit_sm_resp id as a decimal number (msg-id-type): the receipt it
        // matched is this message's, not merely some receipt.
        assertThat(Long.parseLong(dlr.param("id")))
                .as("Kannel's message id (%%F) vs the SMSC's id %s", received.networkMessageId())
                .isEqualTo(Long.parseLong(received.networkMessageId(), submitIdRadix));
    }

    @Test
    void ucs2MessageSentThroughKannelArrivesWithItsTextIntact() throws Exception {
        String tag = tag();
        String text = "Zahlung bestätigt ✓ Платёж принят 支付成功 " + tag;

        HttpResponse<String> response = sendsms(MIXED, text, tag, Map.of("coding", "2", "charset", "UTF-8"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(awaitInbox(text).text()).isEqualTo(text);
        assertThat(awaitDlr(tag).param("type")).isEqualTo("1");
    }

    @Test
    void longMessageSplitByKannelIsJoinedOnThePhone() throws Exception {
        String tag = tag();
        String text = "Your payment of EUR 19.99 to the Example Shop was confirmed, thank you. ".repeat(3) + tag;
        assertThat(text.length()).as("longer than one 160-character SMS").isGreaterThan(160);

        HttpResponse<String> response = sendsms(MIXED, text, tag, Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(awaitInbox(text).text()).isEqualTo(text);
        assertThat(awaitDlr(tag).param("type")).isEqualTo("1");
    }

    @Test
    void moFromThePhoneReachesKannelsSmsService() {
        String text = "PAY " + tag();

        network.phone(PHONE).sendMo(SHORT_CODE, text);

        HttpRecorder.Call mo = awaitMo(text);
        assertThat(mo.param("from")).isEqualTo(PHONE);
        assertThat(mo.param("to")).isEqualTo(SHORT_CODE);
        // MOs take the first SMSC reaching the phone's carrier that has a receiver bound.
        assertThat(mo.param("smsc")).isEqualTo(MIXED);
    }

    @Test
    void ucs2MoFromThePhoneReachesKannelAsUtf8() {
        String text = "Ja, bestätigt ✓ Да " + tag();

        network.phone(PHONE).sendMo(SHORT_CODE, text);

        assertThat(awaitMo(text).param("from")).isEqualTo(PHONE);
    }

    @Test
    void longMoSplitByTheNetworkIsJoinedByKannel() {
        String text =
                "Please send me the invoice for order 1234 again, the first one did not arrive. ".repeat(3) + tag();
        assertThat(text.length()).as("longer than one 160-character SMS").isGreaterThan(160);

        network.phone(PHONE).sendMo(SHORT_CODE, text);

        assertThat(awaitMo(text).param("to")).isEqualTo(SHORT_CODE);
    }

    @Test
    void linkStaysBoundAcrossEnquireLinks() {
        // enquire-link-interval is 1 s: within seconds bearerbox has exchanged several per SMSC.
        await("enquire_link answered on both SMSCs")
                .atMost(DELIVERY)
                .until(
                        () -> kannel.enquireLinkResponses(),
                        counts -> counts.getOrDefault(MIXED, 0) >= 2 && counts.getOrDefault(DECIMAL, 0) >= 2);
        assertThat(network.smsc(MIXED).boundSessions()).isEqualTo(1);
        assertThat(network.smsc(DECIMAL).boundSessions()).isEqualTo(1);
    }

    private static HttpResponse<String> sendsms(String smsc, String text, String tag, Map<String, String> extra)
            throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", SHORT_CODE);
        params.put("to", PHONE);
        params.put("text", text);
        params.put("smsc", smsc);
        params.put("dlr-mask", "3"); // 1 delivered + 2 failed: Kannel then sets registered_delivery = 1
        params.put("dlr-url", recorder.url("/dlr?tag=" + tag + "&type=%d&smsc=%i&id=%F&report=%a"));
        params.putAll(extra);
        return kannel.sendsms(params);
    }

    private static ReceivedMessage awaitInbox(String text) {
        Phone phone = network.phone(PHONE);
        return await("message in the inbox of " + PHONE + ": " + text)
                .atMost(DELIVERY)
                .until(
                        () -> phone.inbox().stream()
                                .filter(m -> m.text().equals(text))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static HttpRecorder.Call awaitDlr(String tag) {
        try {
            return await("Kannel's DLR callback for " + tag)
                    .atMost(DELIVERY)
                    .until(() -> findCall("/dlr", "tag", tag), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException e) {
            // The usual cause: the receipt's id did not match the stored submit_sm_resp id (msg-id-type).
            throw new AssertionError(
                    e.getMessage() + "\nreceipts bearerbox could not match:\n"
                            + String.join("\n", kannel.unmatchedReceipts()) + "\nlogs: " + kannel.dir(),
                    e);
        }
    }

    private static HttpRecorder.Call awaitMo(String text) {
        return await("MO at Kannel's sms-service: " + text)
                .atMost(DELIVERY)
                .until(() -> findCall("/mo", "text", text), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<HttpRecorder.Call> findCall(String path, String param, String value) {
        return recorder.calls(path).stream()
                .filter(call -> call.param(param).equals(value))
                .findFirst();
    }

    /** A short unique word, so each test finds its own message in the shared inbox and recorder. */
    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
