package io.relaypay.interchange.messages.web;

import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.messages.ChannelCatalog;
import io.relaypay.interchange.web.Problems;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.http.CallbackKind;
import io.relaypay.messaging.http.CallbackRequest;
import io.relaypay.messaging.http.CallbackRoute;
import io.relaypay.messaging.http.HttpCallbackChannel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP gateways' callbacks on the interchange's own port, {@code GET|POST
 * /callbacks/{channel}/dlr} and {@code /mo}: the same checks and answers as messaging's
 * {@code CallbackServer} (token before body, size limit, 200 with an empty body, problem types
 * {@code callback-unauthorized}, {@code invalid-callback}, {@code sink-unavailable}…), so a
 * channel's {@code callback-base-url} can be the interchange's public URL.
 */
@RestController
public class GatewayCallbackController {

    /** Largest callback body read; real callbacks are well under 2 KiB. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(GatewayCallbackController.class);

    private final ChannelCatalog channels;

    GatewayCallbackController(ChannelCatalog channels) {
        this.channels = channels;
    }

    /** One callback. */
    @RequestMapping(
            path = "/callbacks/{channel}/{kind}",
            method = {RequestMethod.GET, RequestMethod.POST})
    public void callback(
            @PathVariable String channel,
            @PathVariable String kind,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Optional<CallbackKind> callbackKind = CallbackKind.ofPathSegment(kind);
        Channel found = channels.channels().get(channel);
        if (callbackKind.isEmpty() || !(found instanceof HttpCallbackChannel http)) {
            Problems.write(response, ProblemType.UNKNOWN_CALLBACK, "no callback for this channel and kind");
            return;
        }
        CallbackRoute route = http.callbackRoute();
        String rawQuery = Optional.ofNullable(request.getQueryString()).orElse("");
        if (!route.signer().verify(callbackKind.get(), rawQuery)) {
            // The query holds the token: log neither, only who knocked.
            log.warn(
                    "callback without a valid token channel={} kind={} remote={}",
                    channel,
                    kind,
                    request.getRemoteAddr());
            Problems.write(response, ProblemType.CALLBACK_UNAUTHORIZED, "missing or invalid 'sig'");
            return;
        }
        Optional<byte[]> body = body(request);
        if (body.isEmpty()) {
            Problems.write(response, ProblemType.CALLBACK_TOO_LARGE, "body over " + MAX_BODY_BYTES + " bytes");
            return;
        }
        InboundEvent event;
        try {
            event = route.parser()
                    .parse(new CallbackRequest(
                            callbackKind.get(),
                            request.getMethod(),
                            rawQuery,
                            Optional.ofNullable(request.getContentType()),
                            body.get()));
        } catch (InvalidMessageException e) {
            log.info("callback rejected channel={} kind={} reason={}", channel, kind, e.getMessage());
            Problems.write(response, ProblemType.INVALID_CALLBACK, e.getMessage());
            return;
        }
        try {
            route.sink().accept(event);
        } catch (RuntimeException e) {
            log.error("inbound sink failed channel={} kind={}; asking for redelivery", channel, kind, e);
            Problems.write(response, ProblemType.SINK_UNAVAILABLE, "the event could not be stored");
            return;
        }
        // Kannel turns a non-empty answer to an MO get-url into a reply SMS.
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(0);
    }

    private static Optional<byte[]> body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(bytes);
        }
    }
}
