-- The retention janitor (docs/interchange.md, "Retention") deletes by age; these find old rows
-- without scanning the tables.
CREATE INDEX merchant_events_created ON merchant_events (created_at);
CREATE INDEX handled_replies_received ON handled_replies (received_at);
CREATE INDEX decisions_decided ON decisions (decided_at);
