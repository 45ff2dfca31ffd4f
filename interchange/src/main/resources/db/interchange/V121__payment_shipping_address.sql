-- Shipping addresses verified by the phone (docs/api.md, docs/checkout.md). A merchant may ask for
-- one when creating a payment; the buyer's chosen postal address is copied onto the payment when the
-- phone confirms it, so later edits of the user's addresses never change what the merchant ships to.
-- One ALTER per column: H2 and PostgreSQL spell multi-column ALTERs differently.
ALTER TABLE payments ADD COLUMN collect_shipping_address BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE payments ADD COLUMN shipping_name VARCHAR(200);
ALTER TABLE payments ADD COLUMN shipping_line1 VARCHAR(200);
ALTER TABLE payments ADD COLUMN shipping_line2 VARCHAR(200);
ALTER TABLE payments ADD COLUMN shipping_city VARCHAR(100);
ALTER TABLE payments ADD COLUMN shipping_region VARCHAR(100);
ALTER TABLE payments ADD COLUMN shipping_postal_code VARCHAR(12);
ALTER TABLE payments ADD COLUMN shipping_country CHAR(2);
