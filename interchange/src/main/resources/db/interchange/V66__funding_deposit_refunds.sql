-- Deposits given back to the card, bank account or stored-value account they came from (cards
-- helper, V65-V69). The amount is reserved on the deposit (amount_refunded) in the transaction that
-- inserts the row, so refunds together never exceed the deposit.
CREATE TABLE funding_deposit_refunds (
    id                   VARCHAR(40)  PRIMARY KEY,
    deposit_id           VARCHAR(40)  NOT NULL REFERENCES funding_deposits (id),
    amount               BIGINT       NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    source_refund_id     VARCHAR(80),
    failure_code         VARCHAR(64),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT funding_deposit_refunds_amount CHECK (amount > 0),
    CONSTRAINT funding_deposit_refunds_status CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED'))
);

-- The janitor's scan of refunds whose source did not answer.
CREATE INDEX funding_deposit_refunds_pending ON funding_deposit_refunds (status, updated_at);
CREATE INDEX funding_deposit_refunds_deposit ON funding_deposit_refunds (deposit_id);
