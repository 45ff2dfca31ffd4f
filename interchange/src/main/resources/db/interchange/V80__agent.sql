-- The local payment agent (docs/agent-protocol.md). Portable types only (H2 and PostgreSQL).

-- The interchange's own P-256 keys: receipt signing and PIN opening. The private half is PKCS#8,
-- sealed with the master key; a retired receipt key stays listed so old receipts still verify.
CREATE TABLE agent_server_keys (
    kid                  VARCHAR(40)  PRIMARY KEY,
    purpose              VARCHAR(16)  NOT NULL,
    public_key           VARCHAR(200) NOT NULL,
    private_key_sealed   VARCHAR(500) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX agent_server_keys_purpose ON agent_server_keys (purpose, created_at);

-- Merchants' payment-token signing keys (public halves) with the origins allowed to present them.
CREATE TABLE agent_keys (
    id                   VARCHAR(40)  PRIMARY KEY,
    merchant_id          VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    livemode             BOOLEAN      NOT NULL,
    public_key           VARCHAR(200) NOT NULL,
    allowed_origins      VARCHAR(7000) NOT NULL,  -- newline-separated, validated origins
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX agent_keys_merchant ON agent_keys (merchant_id, livemode, created_at);

-- SMS-code round trips that enroll a device for a phone number.
CREATE TABLE agent_enrollments (
    id                   VARCHAR(40)  PRIMARY KEY,
    phone_number         VARCHAR(20)  NOT NULL,
    code_hash            CHAR(64)     NOT NULL,
    attempts             INTEGER      NOT NULL DEFAULT 0,
    status               VARCHAR(20)  NOT NULL,
    device_id            VARCHAR(40),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX agent_enrollments_phone ON agent_enrollments (phone_number, created_at);

-- Enrolled agents: each an AGENT_INTERNET reach channel of its phone while not revoked.
CREATE TABLE agent_devices (
    id                   VARCHAR(40)  PRIMARY KEY,
    phone_number         VARCHAR(20)  NOT NULL,
    user_id              VARCHAR(40)  NOT NULL REFERENCES users (id),
    public_key           VARCHAR(200) NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    platform             VARCHAR(40)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX agent_devices_phone ON agent_devices (phone_number);

-- Spent payment tokens: the nonce is unique, so a token pays at most once; the receipt answers repeats.
CREATE TABLE agent_payments (
    nonce                VARCHAR(128) PRIMARY KEY,
    token_hash           CHAR(64)     NOT NULL,
    device_id            VARCHAR(40)  NOT NULL REFERENCES agent_devices (id),
    payment_id           VARCHAR(40)  NOT NULL REFERENCES payments (id),
    receipt              VARCHAR(4000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX agent_payments_payment ON agent_payments (payment_id);
