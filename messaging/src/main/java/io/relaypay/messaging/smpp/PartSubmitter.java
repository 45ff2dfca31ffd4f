package io.relaypay.messaging.smpp;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.messaging.smpp.codec.ConcatenatedParts.Part;
import io.relaypay.messaging.smpp.inbound.Tlv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;

/**
 * Sends one part as a submit_sm and says what the answer means. jSMPP blocks the calling thread
 * until submit_sm_resp or the response timeout; many threads may call at once on one session.
 */
final class PartSubmitter {
    private static final byte UDHI = 0x40;
    private static final byte DELIVERY_RECEIPT_ON_SUCCESS_AND_FAILURE = 0x01;
    /** SMPP absolute time: YYMMDDhhmmss, tenths, quarter hours from UTC, '+' (section 7.1.1). */
    private static final DateTimeFormatter ABSOLUTE_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss'000+'").withZone(ZoneOffset.UTC);

    private final SmppChannelConfig config;
    private final Clock clock;

    PartSubmitter(SmppChannelConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    SendResult submit(SMPPSession session, OutboundMessage message, Part part, SourceAddress source) {
        try {
            String id = session.submitShortMessage(
                            "",
                            TypeOfNumber.valueOf(source.ton()),
                            NumberingPlanIndicator.valueOf(source.npi()),
                            source.address(),
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            message.recipient().digits(),
                            new ESMClass(part.udhi() ? UDHI : 0),
                            (byte) 0,
                            (byte) 0,
                            null,
                            config.validityPeriod() ? absolute(message.validUntil()) : null,
                            new RegisteredDelivery(
                                    config.registeredDelivery() ? DELIVERY_RECEIPT_ON_SUCCESS_AND_FAILURE : 0),
                            (byte) 0,
                            new RawDataCoding(part.coding().dataCoding()),
                            (byte) 0,
                            part.shortMessage(),
                            optionalParameters(message))
                    .getMessageId();
            if (id == null || id.isEmpty()) {
                return new SendResult.Unknown("SMSC accepted the part without a message id", List.of());
            }
            return new SendResult.Accepted(List.of(id));
        } catch (NegativeResponseException e) {
            return SubmitStatus.result(e.getCommandStatus(), config.throttleRetryAfter(), config.notBoundRetryAfter());
        } catch (ResponseTimeoutException e) {
            return new SendResult.Unknown(
                    "no submit_sm_resp within " + config.responseTimeout() + " (link lost or SMSC stalled)", List.of());
        } catch (InvalidResponseException e) {
            return new SendResult.Unknown("invalid submit_sm_resp: " + e.getMessage(), List.of());
        } catch (PDUException e) {
            // Raised while composing the PDU, before anything is written.
            return new SendResult.Rejected("submit_sm field not valid for SMPP: " + e.getMessage());
        } catch (IOException e) {
            return ioFailure(e);
        }
    }

    /**
     * jSMPP refuses to send on a session that has just left the bound state with an IOException
     * saying "Cannot submit_sm while session ... in state ..." (AbstractSession.ensureTransmittable);
     * nothing was written then, so the same route may be tried again. Any other I/O failure may
     * have happened after some or all of the PDU reached the SMSC.
     */
    private SendResult ioFailure(IOException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.startsWith("Cannot submit_sm")) {
            return new SendResult.Retryable("not bound: " + reason, config.notBoundRetryAfter());
        }
        return new SendResult.Unknown("link failed while submitting: " + reason, List.of());
    }

    // user_message_reference rides on every part so the SMSC can echo it in the receipt: the outbox
    // settles a message whose submit_sm_resp was lost (link drop, crash) by it, not by a resend.
    private static OptionalParameter[] optionalParameters(OutboundMessage message) {
        var reference = new OptionalParameter.User_message_reference(
                (short) message.id().shortReference());
        return message.premiumPrice()
                .map(price -> new OptionalParameter[] {
                    reference,
                    new OptionalParameter.OctetString(
                            (short) Tlv.PREMIUM_PRICE, price.toString().getBytes(StandardCharsets.US_ASCII))
                })
                .orElse(new OptionalParameter[] {reference});
    }

    private String absolute(Instant validUntil) {
        Instant now = clock.instant();
        return ABSOLUTE_TIME.format(validUntil.isBefore(now) ? now : validUntil);
    }
}
