package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.Channel;
import java.util.Optional;

/**
 * A channel whose gateway reports back over HTTP; whoever runs the callback server registers each
 * such channel's route with it.
 */
public interface HttpCallbackChannel extends Channel {
    /** The route to register with a {@link CallbackServer} so reports and MO messages reach the sink. */
    CallbackRoute callbackRoute();

    /**
     * The signed URL to configure at the gateway for MO messages (Kannel's {@code sms-service}
     * {@code get-url}, the aggregator's MO callback URL); empty without a {@code callback-base-url}.
     * It carries a credential: hand it to the gateway's configuration, never to a log.
     */
    Optional<String> mobileOriginatedUrl();
}
