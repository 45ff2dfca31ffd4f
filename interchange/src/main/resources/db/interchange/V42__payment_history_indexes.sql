-- The decision counters (JdbcDecisionCounters) read a buyer's payments of the day, the month and
-- the last 24 hours on every decision. Without an index on the number that is a scan of the whole
-- payments table per decision, which the payment load run measured as most of PostgreSQL's CPU and
-- growing with the table (docs/benchmarks.md).
CREATE INDEX payments_phone_created ON payments (phone_number, created_at);
-- The same for a merchant's totals, read when a merchant-limit rule applies to it.
CREATE INDEX payments_merchant_created ON payments (merchant_id, created_at);
