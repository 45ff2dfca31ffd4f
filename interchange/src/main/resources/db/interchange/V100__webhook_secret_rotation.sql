-- A rotated webhook secret stays valid until previous_webhook_secret_until, so a merchant can deploy
-- the new one while events keep verifying: deliveries meanwhile carry a v1 signature for each.
ALTER TABLE merchants ADD COLUMN previous_webhook_secret VARCHAR(500);
ALTER TABLE merchants ADD COLUMN previous_webhook_secret_until TIMESTAMP WITH TIME ZONE;
