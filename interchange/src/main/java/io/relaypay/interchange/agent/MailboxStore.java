package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.List;

/** Where enrolled devices' messages wait until their agent fetches them. */
public interface MailboxStore {

    /** Stores a message for one device. */
    void insert(AgentMessage message);

    /**
     * Up to {@code limit} of the device's unfetched messages, oldest first, locked for this
     * transaction; rows another fetch holds are skipped, so two fetches never both take one.
     */
    List<AgentMessage> lockUnfetched(String deviceId, int limit);

    /** Marks the messages fetched at {@code at} and forgets their text. */
    void markFetched(List<String> ids, Instant at);
}
