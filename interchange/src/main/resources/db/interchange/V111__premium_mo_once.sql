-- A billed premium MO is one charge per carrier reference (the carrier's MO id): the MO is stored
-- before it is remembered as handled, so an SMSC redelivering it after our answer failed must find
-- it instead of adding a second charge. MOs without a reference (NULL) are not constrained.
-- Portable H2/PostgreSQL.
CREATE UNIQUE INDEX premium_mo_charges_carrier_reference ON premium_mo_charges (carrier, charge_reference);
