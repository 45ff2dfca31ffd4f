package io.relaypay.interchange.checkout;

import io.relaypay.interchange.messages.ReplyListener;
import java.util.Objects;

/**
 * Takes SMS replies that confirm payments ({@code 48213}, {@code YES 48213}); replies without a
 * 5-digit code, or from a number with no open confirmation, are left for other listeners.
 */
public final class CheckoutReplies implements ReplyListener {

    private final Confirming confirming;

    /** Replies handed to {@code confirming}. */
    public CheckoutReplies(Confirming confirming) {
        this.confirming = Objects.requireNonNull(confirming, "confirming");
    }

    @Override
    public boolean onReply(Reply reply) {
        return confirming.reply(reply.from(), reply.text());
    }
}
