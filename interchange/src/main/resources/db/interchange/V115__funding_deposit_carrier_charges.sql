-- What a carrier owes for a phone-bill funding deposit (remittance helper, V115): the carrier that
-- billed it, the share booked for it when it was credited, and when. The carrier's reference of the
-- charge is the deposit's charge_id (the billing API's payment id). Set once, after the ledger
-- credit; remittances are matched by them. Empty for other funding methods. Portable SQL.
ALTER TABLE funding_deposits ADD COLUMN carrier VARCHAR(40);
ALTER TABLE funding_deposits ADD COLUMN carrier_share BIGINT;
ALTER TABLE funding_deposits ADD COLUMN credited_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX funding_deposits_charge ON funding_deposits (charge_id);
