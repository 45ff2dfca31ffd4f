package io.relaypay.messaging.http;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InboundEvent.MobileOriginated;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads Kannel's HTTP callbacks: the {@code dlr-url} a {@link KannelHttpChannel} puts on every
 * message, and the {@code get-url} of an {@code sms-service} that forwards MO messages. Both are GET
 * requests (or form POSTs) whose parameter names we chose in the URL templates below; Kannel fills
 * the values in from its escape codes.
 */
public final class KannelCallbackParser implements CallbackParser {
    /** Query of the delivery report template; Kannel replaces the {@code %} codes. */
    static final String DLR_QUERY = "type=%d&reply=%A&smsc=%i&to=%p&time=%t";
    /**
     * Query of the MO template: {@code %p} sender, {@code %P} receiver, {@code %a} text, {@code %I}
     * Kannel's message id, {@code %t} time. A {@code charset} parameter ({@code %C}) is read when
     * present, for services whose texts are not UTF-8.
     */
    static final String MO_QUERY = "from=%p&to=%P&text=%a&id=%I&time=%t";

    private static final Pattern SHORT_ADDRESS = Pattern.compile("\\+?[0-9A-Za-z]{1,20}");
    private static final Pattern GATEWAY_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");
    // SMPP receipts say "err:123"; Kannel's own rejections say "NACK/0x00000045/...".
    private static final Pattern ERROR_CODE =
            Pattern.compile("(?:\\berr:([0-9A-Za-z]{1,10}))|(?:NACK/(0x[0-9A-Fa-f]{1,8}|[0-9]{1,10}))");

    private final String channel;
    private final Clock clock;

    /** A parser for callbacks of the channel named {@code channel}. */
    public KannelCallbackParser(String channel, Clock clock) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The {@code dlr-url} for message {@code id}: our message id rides in the URL because Kannel's
     * {@code sendsms} answers without one, so it is the only key the report can be matched on; the
     * token next to it is valid for this message only.
     */
    public static String deliveryReportUrl(URI callbackBase, CallbackSigner signer, MessageId id) {
        return CallbackServer.callbackUri(callbackBase, signer.channel(), CallbackKind.DELIVERY_REPORT) + "?"
                + signer.deliveryReportQuery(id.toString()) + "&" + DLR_QUERY;
    }

    /** The signed {@code get-url} to configure in Kannel's {@code sms-service} (or the simulator) for MO messages. */
    public static String mobileOriginatedUrl(URI callbackBase, CallbackSigner signer) {
        return CallbackServer.callbackUri(callbackBase, signer.channel(), CallbackKind.MOBILE_ORIGINATED) + "?"
                + signer.mobileOriginatedQuery() + "&" + MO_QUERY;
    }

    /**
     * Reads the callback from its query, or from a form body when it has one. A delivery report's
     * {@code id} always comes from the query, the {@code dlr-url} we built and signed.
     */
    @Override
    public InboundEvent parse(CallbackRequest request) {
        String query = request.hasFormBody()
                ? FormCodec.text(request.body(), StandardCharsets.US_ASCII, "body")
                : request.rawQuery();
        return switch (request.kind()) {
            case DELIVERY_REPORT ->
                deliveryReport(
                        FormCodec.decode(query),
                        FormCodec.decode(request.rawQuery()).required(CallbackSigner.REFERENCE_PARAMETER));
            case MOBILE_ORIGINATED -> parseMobileOriginated(query);
        };
    }

    /** Reads a delivery report from the query of our {@code dlr-url}. */
    public DeliveryReport parseDeliveryReport(String rawQuery) {
        var parameters = FormCodec.decode(rawQuery);
        return deliveryReport(parameters, parameters.required(CallbackSigner.REFERENCE_PARAMETER));
    }

    private DeliveryReport deliveryReport(FormCodec.Parameters parameters, String id) {
        // Our own id, echoed back: anything else did not come from a dlr-url we built.
        MessageId messageId = MessageId.parse(id);
        String type = parameters.required("type");
        DeliveryStatus status = switch (type) {
            case "1" -> DeliveryStatus.DELIVERED;
            case "2" -> DeliveryStatus.UNDELIVERABLE;
            case "16" -> DeliveryStatus.REJECTED;
            // 8: the SMSC took the submission; 4: it is buffered in the network. Neither is final.
            case "8" -> DeliveryStatus.ACCEPTED;
            case "4" -> DeliveryStatus.ENROUTE;
            default ->
                throw new InvalidMessageException(
                        "unknown Kannel delivery report type " + Quoted.of(type) + " (expected 1, 2, 4, 8 or 16)");
        };
        Optional<String> errorCode = status.isDelivered()
                ? Optional.empty()
                : parameters.optional("reply").flatMap(KannelCallbackParser::errorCode);
        // The recipient only informs; a form Kannel's SMSC reports oddly must not lose the report.
        Optional<PhoneNumber> recipient = parameters.optional("to").flatMap(KannelCallbackParser::recipient);
        // The id in the URL is ours, so it is both the controller id and the client reference.
        return new DeliveryReport(
                channel,
                messageId.toString(),
                status,
                errorCode,
                recipient,
                Optional.of(messageId.toString()),
                clock.instant());
    }

    /** Reads an MO message from the query of the {@code sms-service} {@code get-url}. */
    public MobileOriginated parseMobileOriginated(String rawQuery) {
        var parameters = FormCodec.decode(rawQuery);
        PhoneNumber from = phoneNumber(parameters.required("from"));
        String to = parameters.required("to");
        if (!SHORT_ADDRESS.matcher(to).matches()) {
            throw new InvalidMessageException("'to' is not a short code or number: " + Quoted.of(to));
        }
        String id = parameters.required("id");
        if (!GATEWAY_ID.matcher(id).matches()) {
            throw new InvalidMessageException("'id' must be 1 to 64 letters, digits or ._:- " + Quoted.of(id));
        }
        Charset charset = charset(parameters.optional("charset").orElse(""));
        String text = FormCodec.text(parameters.bytes("text").orElse(new byte[0]), charset, "text");
        if (text.length() > OutboundMessage.MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("text longer than " + OutboundMessage.MAX_TEXT_LENGTH + " characters");
        }
        return new MobileOriginated(channel, from, to, text, id, clock.instant());
    }

    private static Optional<PhoneNumber> recipient(String raw) {
        try {
            return Optional.of(phoneNumber(raw));
        } catch (InvalidMessageException e) {
            return Optional.empty();
        }
    }

    private static PhoneNumber phoneNumber(String raw) {
        // Kannel passes the SMSC's form: "+49...", "49..." or the international prefix "0049...".
        String digits = raw.startsWith("00") ? raw.substring(2) : raw;
        if (!digits.matches("\\+?[0-9]{7,15}")) {
            throw new InvalidMessageException("'from' is not an international phone number: " + Quoted.of(raw));
        }
        return PhoneNumber.of(digits);
    }

    private static Charset charset(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "", "UTF-8" -> StandardCharsets.UTF_8;
            case "UTF-16BE" -> StandardCharsets.UTF_16BE;
            case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
            case "WINDOWS-1252" -> Charset.forName("windows-1252");
            default ->
                throw new InvalidMessageException(
                        "unsupported charset " + Quoted.of(name) + " (UTF-8, UTF-16BE, ISO-8859-1 or WINDOWS-1252)");
        };
    }

    private static Optional<String> errorCode(String reply) {
        var match = ERROR_CODE.matcher(reply);
        if (!match.find()) {
            return Optional.empty();
        }
        return Optional.of(match.group(1) != null ? match.group(1) : match.group(2));
    }
}
