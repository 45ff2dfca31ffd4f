package io.relaypay.interchange.funding;

import io.relaypay.interchange.messages.ReplyListener;
import java.util.Objects;

/**
 * Takes SMS replies that confirm deposits ({@code 48213}); replies from a number with no deposit
 * waiting for that code are left for other listeners (the checkout's).
 */
public final class DepositReplies implements ReplyListener {

    private final Deposits deposits;

    /** Replies handed to {@code deposits}. */
    public DepositReplies(Deposits deposits) {
        this.deposits = Objects.requireNonNull(deposits, "deposits");
    }

    @Override
    public boolean onReply(Reply reply) {
        return deposits.reply(reply.from(), reply.text());
    }
}
