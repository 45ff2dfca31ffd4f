package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InboundEvent.MobileOriginated;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.testkit.TestClock;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Kannel callbacks: any query is either read or refused with a reason, and real ones read back exactly. */
class KannelCallbackProperties {
    private static final URI BASE = URI.create("http://relaypay.test:8080");
    private static final CallbackSigner SIGNER = new CallbackSigner("kannel-a", "callback-secret-0123456789");
    private final KannelCallbackParser parser = new KannelCallbackParser("kannel-a", TestClock.standing());

    @Property(tries = 2_000)
    void anyQueryIsReadOrRefusedWithAReason(@ForAll("queries") String query) {
        readOrRefuse(() -> parser.parseDeliveryReport(query));
        readOrRefuse(() -> parser.parseMobileOriginated(query));
    }

    @Property(tries = 1_000)
    void aDeliveryReportFromKannelReadsBack(
            @ForAll("messageIds") MessageId id,
            @ForAll("dlrTypes") int type,
            @ForAll("anyText") String reply,
            @ForAll("numbers") String to) {
        String url = KannelEscapes.expand(
                KannelCallbackParser.deliveryReportUrl(BASE, SIGNER, id),
                Map.of('d', Integer.toString(type), 'A', reply, 'i', "smsc", 'p', to, 't', "2026-01-01 12:00:00"));

        DeliveryReport report = parser.parseDeliveryReport(URI.create(url).getRawQuery());

        assertThat(SIGNER.verify(CallbackKind.DELIVERY_REPORT, URI.create(url).getRawQuery()))
                .isTrue();

        assertThat(report.controllerMessageId()).isEqualTo(id.toString());
        assertThat(report.recipient()).contains(PhoneNumber.of(to));
        assertThat(report.status())
                .isEqualTo(
                        switch (type) {
                            case 1 -> DeliveryStatus.DELIVERED;
                            case 2 -> DeliveryStatus.UNDELIVERABLE;
                            case 4 -> DeliveryStatus.ENROUTE;
                            case 8 -> DeliveryStatus.ACCEPTED;
                            default -> DeliveryStatus.REJECTED;
                        });
    }

    @Property(tries = 1_000)
    void anMoFromKannelReadsBack(
            @ForAll("numbers") String from,
            @ForAll("shortCodes") String to,
            @ForAll("anyText") String text,
            @ForAll("gatewayIds") String id) {
        String url = KannelEscapes.expand(
                KannelCallbackParser.mobileOriginatedUrl(BASE, SIGNER),
                Map.of('p', from, 'P', to, 'a', text, 'I', id, 't', "2026-01-01 12:00:00"));

        MobileOriginated mo = parser.parseMobileOriginated(URI.create(url).getRawQuery());

        assertThat(SIGNER.verify(CallbackKind.MOBILE_ORIGINATED, URI.create(url).getRawQuery()))
                .isTrue();

        assertThat(mo.from().e164()).isEqualTo(from);
        assertThat(mo.to()).isEqualTo(to);
        assertThat(mo.text()).isEqualTo(text);
        assertThat(mo.controllerMessageId()).isEqualTo(id);
    }

    static void readOrRefuse(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidMessageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> queries() {
        // Mostly plausible pieces, so the fuzz reaches past the first check, plus raw noise.
        Arbitrary<String> name = Arbitraries.of("id", "type", "reply", "from", "to", "text", "charset", "x", "");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of(
                        "1",
                        "2",
                        "4",
                        "8",
                        "16",
                        "msg_" + UUID.randomUUID(),
                        "+4915112345671",
                        "84444",
                        "UTF-16BE",
                        "%",
                        "%4",
                        "%zz",
                        "%C3%28",
                        "%D8%00",
                        "+",
                        "=",
                        "0049151"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("%0123456789ABCDEFabcdef+&=").ofMaxLength(20));
        Arbitrary<String> pair = Combinators.combine(name, value).as((n, v) -> n + "=" + v);
        return Arbitraries.oneOf(
                pair.list().ofMaxSize(8).map(pairs -> String.join("&", pairs)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<MessageId> messageIds() {
        return Arbitraries.longs().tuple2().map(t -> new MessageId(new UUID(t.get1(), t.get2())));
    }

    @Provide
    Arbitrary<Integer> dlrTypes() {
        return Arbitraries.of(1, 2, 4, 8, 16);
    }

    @Provide
    Arbitrary<String> anyText() {
        // Any Unicode, including the characters URL encoding treats specially and supplementary ones.
        return Arbitraries.oneOf(
                        Arbitraries.strings().ofMaxLength(160),
                        Arbitraries.strings().withChars("%+&= #?/\\€ü😀").ofMaxLength(40))
                .filter(KannelCallbackProperties::wellFormedUtf16);
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.of("+49151", "+49176", "+49160")
                .flatMap(prefix -> Arbitraries.strings().numeric().ofLength(8).map(rest -> prefix + rest));
    }

    @Provide
    Arbitrary<String> shortCodes() {
        return Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> gatewayIds() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars('-', '.', ':', '_')
                .ofMinLength(1)
                .ofMaxLength(64);
    }

    static boolean wellFormedUtf16(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
