-- Interchange core tables. One migration set for H2 and PostgreSQL: portable types only.
-- Version ranges per feature keep parallel work from colliding: V1-V9 core, V10-V19 webhooks,
-- V20-V29 checkout and confirmation, V30-V39 funding.

CREATE TABLE merchants (
    id                   VARCHAR(40)  PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    webhook_url          VARCHAR(2000),
    webhook_secret       VARCHAR(500),   -- sealed with the master key, never stored in clear
    fee_bps              INTEGER      NOT NULL DEFAULT 0,
    fee_fixed_minor      BIGINT       NOT NULL DEFAULT 0,
    allowed_countries    VARCHAR(1000) NOT NULL DEFAULT '',
    category             VARCHAR(100) NOT NULL DEFAULT 'general',
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_keys (
    id                   VARCHAR(40)  PRIMARY KEY,
    merchant_id          VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    livemode             BOOLEAN      NOT NULL,
    secret_hash          CHAR(64)     NOT NULL UNIQUE,  -- SHA-256 hex of a 190-bit random secret
    hint                 VARCHAR(20)  NOT NULL,         -- last four characters, to tell keys apart
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_keys_merchant ON api_keys (merchant_id);

-- Which ledger account holds what for whom: owner is a merchant id, a user id or 'system'.
CREATE TABLE ledger_accounts (
    owner                VARCHAR(40)  NOT NULL,
    purpose              VARCHAR(40)  NOT NULL,
    currency             CHAR(3)      NOT NULL,
    livemode             BOOLEAN      NOT NULL,
    account_id           VARCHAR(36)  NOT NULL UNIQUE,
    PRIMARY KEY (owner, purpose, currency, livemode)
);

CREATE TABLE users (
    id                   VARCHAR(40)  PRIMARY KEY,
    phone_number         VARCHAR(16)  NOT NULL UNIQUE,
    pin_hash             VARCHAR(200),
    pin_failures         INTEGER      NOT NULL DEFAULT 0,
    pin_locked_until     TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE payments (
    id                   VARCHAR(40)  PRIMARY KEY,
    merchant_id          VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    livemode             BOOLEAN      NOT NULL,
    status               VARCHAR(30)  NOT NULL,
    amount               BIGINT       NOT NULL,
    currency             CHAR(3)      NOT NULL,
    amount_refunded      BIGINT       NOT NULL DEFAULT 0,
    reference            VARCHAR(200) NOT NULL,
    description          VARCHAR(500),
    success_url          VARCHAR(2000),
    cancel_url           VARCHAR(2000),
    phone_number         VARCHAR(16),
    user_id              VARCHAR(40),
    failure_reason       VARCHAR(40),
    failure_message      VARCHAR(500),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX payments_merchant ON payments (merchant_id, livemode, id);
CREATE INDEX payments_waiting ON payments (status, expires_at);

-- Idempotency-Key records: the first response to a key is kept 24 hours and replayed verbatim.
CREATE TABLE idempotency_keys (
    merchant_id          VARCHAR(40)  NOT NULL,
    livemode             BOOLEAN      NOT NULL,
    idempotency_key      VARCHAR(255) NOT NULL,
    request_hash         CHAR(64)     NOT NULL,   -- SHA-256 of method, path and body
    status               INTEGER,                 -- null while the first request is running
    content_type         VARCHAR(100),
    response_body        VARCHAR(100000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (merchant_id, livemode, idempotency_key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);
