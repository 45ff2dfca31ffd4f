-- Funding of payments and refunds (funds helper, V30-V39). Portable SQL for H2 and PostgreSQL.

-- How the money of one payment is being moved. One row per payment, created at the first settle:
-- the method, once chosen, never changes behind a charge the carrier may have made, so a retry by
-- the janitor continues the same path. The lease lets one worker at a time settle a payment.
CREATE TABLE payment_fundings (
    payment_id           VARCHAR(40)  PRIMARY KEY,
    method               VARCHAR(20)  NOT NULL,   -- BALANCE, OPERATOR_BILLING
    state                VARCHAR(20)  NOT NULL,   -- STARTED, CHARGING, CHARGED, SETTLED, FAILED
    fee                  BIGINT       NOT NULL,   -- the merchant's fee, fixed when settling began
    carrier              VARCHAR(40),
    carrier_share        BIGINT       NOT NULL DEFAULT 0,
    charge_id            VARCHAR(100),            -- the carrier's payment id once charged
    failure_reason       VARCHAR(40),
    failure_message      VARCHAR(500),
    lease_token          VARCHAR(40),
    lease_until          TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Refunds of succeeded payments, from the merchant's balance to the buyer's.
CREATE TABLE refunds (
    id                   VARCHAR(40)  PRIMARY KEY,
    payment_id           VARCHAR(40)  NOT NULL REFERENCES payments (id),
    merchant_id          VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    livemode             BOOLEAN      NOT NULL,
    amount               BIGINT       NOT NULL,
    currency             CHAR(3)      NOT NULL,
    status               VARCHAR(20)  NOT NULL,   -- PENDING, SUCCEEDED, FAILED
    failure_reason       VARCHAR(40),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT refunds_amount_positive CHECK (amount > 0)
);
CREATE INDEX refunds_payment ON refunds (payment_id);
CREATE INDEX refunds_pending ON refunds (status, created_at);
