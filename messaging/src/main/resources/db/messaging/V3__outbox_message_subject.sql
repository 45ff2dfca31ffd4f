-- The business object a message is about (for the interchange, the payment, deposit or enrollment
-- id), so that object's messages are found by index instead of by scanning every row's correlation.
ALTER TABLE outbox_message ADD COLUMN subject VARCHAR(64);

-- Rows accepted before this version hold that id only inside their correlation text. The one caller
-- that stored one, the interchange, keeps it under the key `correlation`, which sorts first
-- (`correlation=pay_…&purpose=…`), and its ids are URL-safe, so the encoded value is the id itself.
-- Appending '&' finds the value's end when no other key follows; a value that cannot be a subject
-- (empty, or longer than the column) stays NULL instead of failing the migration.
UPDATE outbox_message
SET subject = SUBSTRING(correlation FROM 13 FOR POSITION('&' IN correlation || '&') - 13)
WHERE correlation LIKE 'correlation=%'
  AND POSITION('&' IN correlation || '&') BETWEEN 14 AND 77;

-- Built after the backfill, in one pass over the filled column.
CREATE INDEX outbox_message_subject ON outbox_message (subject);
