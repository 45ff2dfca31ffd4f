-- The enrolled agent as a route to its phone (V95-V99). Portable SQL for H2 and PostgreSQL.

-- A message the agent delivered reached the phone through no carrier.
ALTER TABLE message_routes ALTER COLUMN carrier DROP NOT NULL;
ALTER TABLE sent_routes ALTER COLUMN carrier DROP NOT NULL;

-- The agent-push channel's mailbox: one row per message and enrolled device, until the device
-- fetches it. delivery_id is the id the channel answered the outbox with (shared by the rows of one
-- send to several devices); a fetch reports it delivered. The text carries a confirmation code, so
-- a fetch blanks it: the row stays only as the record of when the device took the message.
CREATE TABLE agent_messages (
    id                   VARCHAR(40)   PRIMARY KEY,
    device_id            VARCHAR(40)   NOT NULL REFERENCES agent_devices (id),
    channel              VARCHAR(64)   NOT NULL,
    message_id           VARCHAR(60)   NOT NULL,
    delivery_id          VARCHAR(40)   NOT NULL,
    text                 VARCHAR(4000) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    fetched_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX agent_messages_unfetched ON agent_messages (device_id, fetched_at, created_at);
CREATE INDEX agent_messages_delivery ON agent_messages (delivery_id);
