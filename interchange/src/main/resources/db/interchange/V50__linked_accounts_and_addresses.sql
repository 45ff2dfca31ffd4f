-- Users' linked accounts and postal addresses (accounts helper, V50-V59). Portable SQL for H2 and
-- PostgreSQL; ids come from Ids, times are UTC.

-- A way to pay or be reached that the user linked: one row per account, the columns of its kind
-- filled. A card keeps only brand, last four digits, expiry and the processor's token, never the
-- number; a bank account keeps the IBAN sealed with the master key and a masked form to show.
-- fingerprint is an HMAC of the full reference under a key derived from the master key: it finds
-- the same account linked twice without keeping (or letting a dump guess) the value.
CREATE TABLE linked_accounts (
    id                   VARCHAR(40)  PRIMARY KEY,
    user_id              VARCHAR(40)  NOT NULL REFERENCES users (id),
    kind                 VARCHAR(10)  NOT NULL,
    label                VARCHAR(100) NOT NULL,
    fingerprint          CHAR(64)     NOT NULL,
    card_brand           VARCHAR(20),
    card_last4           CHAR(4),
    card_exp_month       INTEGER,
    card_exp_year        INTEGER,
    card_token           VARCHAR(100),
    bank_country         CHAR(2),
    bank_masked          VARCHAR(60),
    bank_last4           CHAR(4),
    bank_iban_sealed     VARCHAR(200),
    wallet_provider      VARCHAR(40),
    wallet_account       VARCHAR(100),
    email                VARCHAR(254),
    verified             BOOLEAN      NOT NULL DEFAULT FALSE,
    is_default           BOOLEAN      NOT NULL DEFAULT FALSE,  -- at most one per user and kind
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT linked_accounts_kind CHECK (kind IN ('BANK', 'CARD', 'WALLET', 'EMAIL')),
    CONSTRAINT linked_accounts_once UNIQUE (user_id, kind, fingerprint)
);

-- Where a user's goods are shipped; at most one default per user.
CREATE TABLE postal_addresses (
    id                   VARCHAR(40)  PRIMARY KEY,
    user_id              VARCHAR(40)  NOT NULL REFERENCES users (id),
    name                 VARCHAR(200) NOT NULL,
    line1                VARCHAR(200) NOT NULL,
    line2                VARCHAR(200),
    city                 VARCHAR(100) NOT NULL,
    region               VARCHAR(100),
    postal_code          VARCHAR(12),             -- null only in countries without postal codes
    country              CHAR(2)      NOT NULL,   -- ISO 3166 alpha-2
    is_default           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX postal_addresses_user ON postal_addresses (user_id, id);

-- The admin API lists a buyer's payments by number, newest first.
CREATE INDEX payments_phone ON payments (phone_number, id);
