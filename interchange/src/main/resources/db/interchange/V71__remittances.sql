-- Carrier remittances and their line-by-line match (settlement helper, V70-V74). Portable SQL.

-- One row per remittance a carrier sent (its reference is unique per carrier and mode, so a repeat
-- import finds the first); booked once its ledger transfers are in.
CREATE TABLE remittances (
    id                   VARCHAR(40)  PRIMARY KEY,
    carrier              VARCHAR(40)  NOT NULL,
    reference            VARCHAR(100) NOT NULL,
    livemode             BOOLEAN      NOT NULL,
    currency             CHAR(3)      NOT NULL,
    period_start         TIMESTAMP WITH TIME ZONE NOT NULL,
    period_end           TIMESTAMP WITH TIME ZONE NOT NULL,
    total                BIGINT       NOT NULL,
    matched              BIGINT       NOT NULL,   -- booked against the carrier receivable
    unmatched            BIGINT       NOT NULL,   -- booked to suspense
    booked               BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT remittances_once UNIQUE (carrier, livemode, reference)
);
CREATE INDEX remittances_unbooked ON remittances (booked, created_at);

-- Every charge of a remittance, and every charge owed but missing from it, with the outcome.
CREATE TABLE remittance_lines (
    remittance_id        VARCHAR(40)  NOT NULL REFERENCES remittances (id),
    charge_id            VARCHAR(100) NOT NULL,
    payment_id           VARCHAR(40),
    expected             BIGINT       NOT NULL,
    remitted             BIGINT       NOT NULL,
    outcome              VARCHAR(20)  NOT NULL,   -- MATCHED, MISSING, UNEXPECTED, AMOUNT_DIFFERS
    PRIMARY KEY (remittance_id, charge_id)
);
CREATE INDEX remittance_lines_charge ON remittance_lines (charge_id);
