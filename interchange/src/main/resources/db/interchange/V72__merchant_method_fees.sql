-- A merchant's fee terms for one funding method, overriding merchants.fee_bps / fee_fixed_minor
-- for payments funded that way (settlement helper, V70-V74). Portable SQL.
CREATE TABLE merchant_method_fees (
    merchant_id          VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    method               VARCHAR(40)  NOT NULL,   -- a funding method's wire name: balance, operator_billing…
    fee_bps              INTEGER      NOT NULL,
    fee_fixed_minor      BIGINT       NOT NULL,
    PRIMARY KEY (merchant_id, method)
);
