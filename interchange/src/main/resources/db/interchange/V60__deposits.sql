-- Deposits by premium SMS (premium helper, V60-V64). Portable SQL for H2 and PostgreSQL.

-- One deposit: what the user asked for, the plan's total, what has been billed and credited so far,
-- and the confirmation codes (hashed with the deposit id as salt, as checkout's confirmations).
CREATE TABLE deposits (
    id                   VARCHAR(40)  PRIMARY KEY,
    user_id              VARCHAR(40)  NOT NULL REFERENCES users (id),
    phone_number         VARCHAR(16)  NOT NULL,
    carrier              VARCHAR(64)  NOT NULL,
    method               VARCHAR(20)  NOT NULL,   -- PREMIUM_MT
    source               VARCHAR(20)  NOT NULL,   -- WEB, SMS, API, PURCHASE
    livemode             BOOLEAN      NOT NULL,
    amount               BIGINT       NOT NULL,   -- asked for
    currency             CHAR(3)      NOT NULL,
    planned              BIGINT       NOT NULL,   -- what the plan bills in total
    billed               BIGINT       NOT NULL DEFAULT 0,  -- confirmed by delivery receipts, credited
    status               VARCHAR(30)  NOT NULL,
    idempotency_key      VARCHAR(200),
    request_hash         CHAR(64)     NOT NULL,   -- phone, amount, currency: a reused key must match
    reply_code_hash      CHAR(64),
    web_code_hash        CHAR(64),
    confirm_attempts     INTEGER      NOT NULL DEFAULT 0,
    confirm_expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX deposits_idempotency ON deposits (idempotency_key);
CREATE INDEX deposits_phone_status ON deposits (phone_number, status);
CREATE INDEX deposits_status ON deposits (status, updated_at);

-- One premium message of a deposit's plan. Its id names its ledger transfers and its outbox message,
-- so a retry never sends or credits it twice.
CREATE TABLE deposit_items (
    id                   VARCHAR(48)  PRIMARY KEY,   -- <deposit id>.<seq>
    deposit_id           VARCHAR(40)  NOT NULL REFERENCES deposits (id),
    seq                  INTEGER      NOT NULL,
    day_offset           INTEGER      NOT NULL,
    price                BIGINT       NOT NULL,
    state                VARCHAR(20)  NOT NULL,   -- QUEUED, SENDING, SENT, BILLED, FAILED, UNKNOWN
    due_at               TIMESTAMP WITH TIME ZONE,   -- set when the deposit is confirmed
    message_id           VARCHAR(60),
    route                VARCHAR(200),
    detail               VARCHAR(300),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT deposit_items_seq UNIQUE (deposit_id, seq)
);
CREATE INDEX deposit_items_state_due ON deposit_items (state, due_at);

-- What happened to a deposit, oldest first (for the admin API and support).
CREATE TABLE deposit_events (
    id                   VARCHAR(40)  PRIMARY KEY,
    deposit_id           VARCHAR(40)  NOT NULL REFERENCES deposits (id),
    type                 VARCHAR(40)  NOT NULL,
    detail               VARCHAR(300),
    at                   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX deposit_events_deposit ON deposit_events (deposit_id, at);
