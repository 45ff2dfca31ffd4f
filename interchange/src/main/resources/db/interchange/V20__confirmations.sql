-- Confirmation of a payment by its buyer (checkout). One row per payment: the codes of the latest
-- confirmation message, hashed with the payment id as salt (5 attempts make a slow hash pointless),
-- which parts of the required confirmation are done, and the wrong tries so far.
CREATE TABLE confirmations (
    payment_id           VARCHAR(40)  PRIMARY KEY REFERENCES payments (id),
    user_id              VARCHAR(40)  NOT NULL REFERENCES users (id),
    phone_number         VARCHAR(16)  NOT NULL,
    method               VARCHAR(20)  NOT NULL,   -- SMS_CODE, PIN or SMS_CODE_AND_PIN
    reply_code_hash      CHAR(64),                -- null when no code was sent (PIN only)
    web_code_hash        CHAR(64),
    code_confirmed       BOOLEAN      NOT NULL DEFAULT FALSE,
    pin_confirmed        BOOLEAN      NOT NULL DEFAULT FALSE,
    attempts             INTEGER      NOT NULL DEFAULT 0,
    sends                INTEGER      NOT NULL DEFAULT 0,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Replies are matched by the number they come from.
CREATE INDEX confirmations_phone ON confirmations (phone_number, expires_at);
