-- Merchant payouts (settlement helper, V70-V74). Portable SQL for H2 and PostgreSQL.

-- Where a merchant's payouts go (an IBAN or a bank's account reference), sealed like linked bank
-- accounts; payouts wait until it is set.
ALTER TABLE merchants ADD COLUMN payout_account VARCHAR(500);   -- sealed with the master key

-- One payout per merchant, mode, currency and period: the unique key makes a repeated run (the
-- scheduler on two nodes, an admin trigger, a retry) find the first run's payout instead of paying
-- again. The ledger transfer's id is derived from the payout id.
CREATE TABLE payouts (
    id                   VARCHAR(40)  PRIMARY KEY,
    merchant_id          VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    livemode             BOOLEAN      NOT NULL,
    currency             CHAR(3)      NOT NULL,
    period_start         TIMESTAMP WITH TIME ZONE NOT NULL,
    period_end           TIMESTAMP WITH TIME ZONE NOT NULL,
    amount               BIGINT       NOT NULL,
    destination          VARCHAR(500) NOT NULL,   -- the payout account then, sealed
    status               VARCHAR(20)  NOT NULL,   -- PENDING, PAID, FAILED
    failure_reason       VARCHAR(60),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payouts_once_per_period UNIQUE (merchant_id, livemode, currency, period_start, period_end),
    CONSTRAINT payouts_amount_positive CHECK (amount > 0)
);
CREATE INDEX payouts_merchant ON payouts (merchant_id, livemode, created_at);
CREATE INDEX payouts_stuck ON payouts (status, updated_at);
