-- The carrier's reference of each billed premium charge (premium helper, V81-V84), as its bill and
-- remittance lines name it: the SMSC's message id of a premium MT, the carrier's MO id of a premium
-- MO. Remittances are matched by it. Empty when the carrier gave none. Portable SQL.
ALTER TABLE deposit_items ADD COLUMN charge_reference VARCHAR(100);
ALTER TABLE premium_mo_charges ADD COLUMN charge_reference VARCHAR(100);
CREATE INDEX deposit_items_charge_reference ON deposit_items (charge_reference);
CREATE INDEX premium_mo_charges_charge_reference ON premium_mo_charges (charge_reference);
