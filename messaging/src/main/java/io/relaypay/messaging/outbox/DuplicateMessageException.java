package io.relaypay.messaging.outbox;

import io.relaypay.messaging.MessageId;

/** A message id was accepted before with different content; ids are never reused for new content. */
public class DuplicateMessageException extends IllegalStateException {
    /** Names the id. */
    public DuplicateMessageException(MessageId id) {
        super("message " + id + " was already accepted with different content");
    }
}
