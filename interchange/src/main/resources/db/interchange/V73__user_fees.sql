-- User fees per funding method, owed and collected from the user's wallet (settlement helper,
-- V70-V74). Portable SQL for H2 and PostgreSQL.

-- What a user owes for funding one payment (one row per payment); collected grows as purchases
-- take it from the wallet, never past amount.
CREATE TABLE user_fee_debts (
    payment_id           VARCHAR(40)  PRIMARY KEY,
    user_id              VARCHAR(40)  NOT NULL,
    currency             CHAR(3)      NOT NULL,
    livemode             BOOLEAN      NOT NULL,
    method               VARCHAR(40)  NOT NULL,
    amount               BIGINT       NOT NULL,
    collected            BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_fee_debts_within CHECK (collected >= 0 AND collected <= amount)
);
CREATE INDEX user_fee_debts_open ON user_fee_debts (user_id, currency, livemode, created_at);

-- One collection of a debt by one purchase: the amount is fixed before the ledger transfer, so a
-- retry books the same transfer (the ledger answers exists) instead of another amount.
CREATE TABLE user_fee_collections (
    debt_payment_id      VARCHAR(40)  NOT NULL REFERENCES user_fee_debts (payment_id),
    payment_id           VARCHAR(40)  NOT NULL,
    amount               BIGINT       NOT NULL,
    booked               BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (debt_payment_id, payment_id),
    CONSTRAINT user_fee_collections_positive CHECK (amount > 0)
);
