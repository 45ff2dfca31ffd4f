-- Finished messages are purged by age (Outbox.purgeFinished); this finds them without a scan.
CREATE INDEX outbox_message_finished ON outbox_message (updated_at, state);
