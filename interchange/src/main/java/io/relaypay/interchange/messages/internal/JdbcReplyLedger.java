package io.relaypay.interchange.messages.internal;

import io.relaypay.interchange.messages.ReplyLedger;
import io.relaypay.interchange.persistence.SqlTime;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Handled MO messages in {@code handled_replies}. */
public final class JdbcReplyLedger implements ReplyLedger {

    private final JdbcClient jdbc;

    /** A ledger over {@code jdbc}. */
    public JdbcReplyLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean seen(String dedupeKey, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM handled_replies WHERE dedupe_key = ? AND received_at >= ?")
                        .params(dedupeKey, SqlTime.of(since))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void record(HandledReply reply) {
        jdbc.sql("""
                INSERT INTO handled_replies (id, dedupe_key, channel, controller_message_id, received_at, taken_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        reply.id(),
                        reply.dedupeKey(),
                        reply.channel(),
                        reply.controllerMessageId(),
                        SqlTime.of(reply.receivedAt()),
                        reply.takenBy().orElse(null))
                .update();
    }
}
