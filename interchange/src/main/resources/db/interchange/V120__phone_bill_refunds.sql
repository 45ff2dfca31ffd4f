-- Refunds given back to the phone bill (of a phone-bill payment or funding deposit), as the carrier
-- remits them: a negative line under its refund id (the billing API's refund id), payable
-- -(amount - carrier_share), the share being what the refund booking took back from the carrier's
-- share. Recorded once, after the carrier confirmed the refund and before the refund is finished,
-- so a crash in between leaves it to the janitor, which records again. Remittances match it by
-- charge_reference. Portable H2/PostgreSQL.
CREATE TABLE phone_bill_refunds (
    refund_id            VARCHAR(40)  PRIMARY KEY,   -- re_… (payment refund) or dre_… (deposit refund)
    charge_reference     VARCHAR(80)  NOT NULL,
    carrier              VARCHAR(40)  NOT NULL,
    livemode             BOOLEAN      NOT NULL,
    amount               BIGINT       NOT NULL,
    carrier_share        BIGINT       NOT NULL,
    currency             CHAR(3)      NOT NULL,
    refunded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT phone_bill_refunds_amount CHECK (amount > 0 AND carrier_share >= 0 AND carrier_share <= amount)
);
CREATE INDEX phone_bill_refunds_reference ON phone_bill_refunds (charge_reference);
