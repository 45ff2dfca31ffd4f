-- Premium MO charges (premium helper, V60-V64): one row per billed MO to a premium short code,
-- written in the transaction that records the MO as handled, so a redelivered MO never adds a
-- second row. The janitor credits pending rows; the row id names the ledger transfers.
CREATE TABLE premium_mo_charges (
    id                   VARCHAR(40)  PRIMARY KEY,
    user_id              VARCHAR(40)  NOT NULL REFERENCES users (id),
    phone_number         VARCHAR(16)  NOT NULL,
    carrier              VARCHAR(64)  NOT NULL,
    short_code           VARCHAR(20)  NOT NULL,
    amount               BIGINT       NOT NULL,
    currency             CHAR(3)      NOT NULL,
    livemode             BOOLEAN      NOT NULL,
    state                VARCHAR(20)  NOT NULL,   -- PENDING, CREDITED
    channel              VARCHAR(64)  NOT NULL,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    credited_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX premium_mo_charges_state ON premium_mo_charges (state, received_at);
CREATE INDEX premium_mo_charges_phone ON premium_mo_charges (phone_number, received_at);
