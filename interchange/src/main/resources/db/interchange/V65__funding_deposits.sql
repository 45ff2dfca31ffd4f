-- Deposits into a user's balance from a card, a bank account, a stored-value account or the phone
-- bill (cards helper, V65-V69). Portable SQL for H2 and PostgreSQL; ids come from Ids, times are UTC.
-- No card number or IBAN is kept here: the instrument is the linked account (its token or sealed
-- IBAN), or the user's own number for the phone bill.
CREATE TABLE funding_deposits (
    id                   VARCHAR(40)  PRIMARY KEY,
    user_id              VARCHAR(40)  NOT NULL REFERENCES users (id),
    kind                 VARCHAR(20)  NOT NULL,
    linked_account_id    VARCHAR(40),
    display              VARCHAR(120) NOT NULL,
    amount               BIGINT       NOT NULL,
    currency             CHAR(3)      NOT NULL,
    livemode             BOOLEAN      NOT NULL,
    status               VARCHAR(30)  NOT NULL,
    confirm_by           VARCHAR(10)  NOT NULL,
    code_hash            VARCHAR(200),  -- the two codes' hashes, space-separated
    attempts             INTEGER      NOT NULL DEFAULT 0,
    charge_id            VARCHAR(80),
    next_action_url      VARCHAR(200),
    failure_code         VARCHAR(64),
    amount_refunded      BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT funding_deposits_amount CHECK (amount > 0 AND amount_refunded >= 0 AND amount_refunded <= amount),
    CONSTRAINT funding_deposits_kind CHECK (kind IN ('CARD', 'BANK', 'STORED_VALUE', 'OPERATOR_BILLING'))
);

-- The janitor's scan: waiting deposits by age.
CREATE INDEX funding_deposits_waiting ON funding_deposits (status, updated_at);
CREATE INDEX funding_deposits_user ON funding_deposits (user_id, created_at);
