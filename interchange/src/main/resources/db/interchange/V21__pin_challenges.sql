-- SMS code round trips that allow a user to set or change the PIN: the code is hashed with the
-- challenge id as salt, tries are counted, and a challenge is used at most once.
CREATE TABLE pin_challenges (
    id                   VARCHAR(40)  PRIMARY KEY,
    user_id              VARCHAR(40)  NOT NULL REFERENCES users (id),
    code_hash            CHAR(64)     NOT NULL,
    attempts             INTEGER      NOT NULL DEFAULT 0,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pin_challenges_user ON pin_challenges (user_id, created_at);
