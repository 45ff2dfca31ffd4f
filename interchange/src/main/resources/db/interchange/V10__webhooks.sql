-- Webhooks: every event a merchant is told of, its delivery to the merchant's URL, and each attempt.
-- Portable SQL for H2 and PostgreSQL; ids come from Ids (time-ordered), times are UTC.

-- The event exactly as signed and sent: the body is serialized once, so every retry carries the
-- same bytes and the same id. Kept for merchants without a webhook URL too (admin API).
CREATE TABLE merchant_events (
    id                   VARCHAR(40)  PRIMARY KEY,
    merchant_id          VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    livemode             BOOLEAN      NOT NULL,
    event_type           VARCHAR(60)  NOT NULL,
    body                 VARCHAR(100000) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX merchant_events_merchant ON merchant_events (merchant_id, id);

-- One delivery per event: PENDING (due at next_attempt_at) -> SENDING (claimed by lease_owner
-- until lease_until) -> DELIVERED | PENDING again | FAILED (after give_up_at).
CREATE TABLE webhook_deliveries (
    id                   VARCHAR(40)  PRIMARY KEY,
    event_id             VARCHAR(40)  NOT NULL UNIQUE REFERENCES merchant_events (id),
    merchant_id          VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    url                  VARCHAR(2000) NOT NULL,
    state                VARCHAR(20)  NOT NULL,
    attempts             INTEGER      NOT NULL DEFAULT 0,  -- since last queued; drives the backoff
    next_attempt_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    give_up_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner          VARCHAR(60),
    lease_until          TIMESTAMP WITH TIME ZONE,
    last_status          INTEGER,
    last_error           VARCHAR(500),
    delivered_at         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_lease ON webhook_deliveries (state, lease_until);

-- Every POST made (or abandoned by a node that stopped mid-way), for the admin API.
CREATE TABLE webhook_attempts (
    id                   VARCHAR(40)  PRIMARY KEY,
    delivery_id          VARCHAR(40)  NOT NULL REFERENCES webhook_deliveries (id),
    attempted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code          INTEGER,        -- the merchant's HTTP status, when it answered
    error                VARCHAR(500),   -- why there was no answer, when it did not
    response_excerpt     VARCHAR(500),
    duration_ms          BIGINT       NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
