-- Where a finished refund's money ended up: BALANCE (the buyer's Relaypay balance, also when the
-- carrier refused to take a phone-bill refund back) or ORIGINAL_METHOD (e.g. the phone bill). Null
-- while pending and for failed refunds, where nothing reached the buyer. Portable H2/PostgreSQL.
ALTER TABLE refunds ADD COLUMN destination VARCHAR(20);
