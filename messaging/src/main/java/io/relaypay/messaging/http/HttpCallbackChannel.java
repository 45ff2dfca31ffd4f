package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.Channel;

/**
 * A channel whose gateway reports back over HTTP; whoever runs the callback server registers each
 * such channel's route with it.
 */
public interface HttpCallbackChannel extends Channel {
    /** The route to register with a {@link CallbackServer} so reports and MO messages reach the sink. */
    CallbackRoute callbackRoute();
}
