-- What settlement's CarrierCredits booked for each billed premium charge (premium helper, V81-V84):
-- the carrier's share at that price point (so a remittance can be matched against it) and the
-- promotion bonus credited on top (so a deposit shows what it credited). Empty until credited.
-- Portable SQL for H2 and PostgreSQL.
ALTER TABLE deposit_items ADD COLUMN carrier_share BIGINT;
ALTER TABLE deposit_items ADD COLUMN bonus BIGINT;
ALTER TABLE premium_mo_charges ADD COLUMN carrier_share BIGINT;
ALTER TABLE premium_mo_charges ADD COLUMN bonus BIGINT;
