-- Payment decisions (V40-V49 range). Portable SQL for H2 and PostgreSQL.

-- The decision rules, one row per version (routing's RuleSetParser text). The newest row is in
-- force; every node polls MAX(version) and reloads when it grows.
CREATE TABLE decision_rules (
    version              BIGINT         PRIMARY KEY,
    label                VARCHAR(200)   NOT NULL UNIQUE,   -- the text's own version line
    rule_text            VARCHAR(100000) NOT NULL,
    source               VARCHAR(40)    NOT NULL,          -- configuration, classpath or admin
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every decision with the rules that fired, for the admin API and audits.
CREATE TABLE decisions (
    id                   VARCHAR(40)    PRIMARY KEY,
    payment_id           VARCHAR(40)    NOT NULL,
    allowed              BOOLEAN        NOT NULL,
    confirmation         VARCHAR(20)    NOT NULL,
    reasons              VARCHAR(20000) NOT NULL,          -- JSON array of {code, message, rule, denies}
    fired_rules          VARCHAR(4000)  NOT NULL,          -- comma-separated rule ids
    rule_set_label       VARCHAR(200)   NOT NULL,
    rules_version        BIGINT         NOT NULL,
    amount               BIGINT         NOT NULL,
    currency             CHAR(3)        NOT NULL,
    carrier              VARCHAR(64)    NOT NULL,
    country              CHAR(2)        NOT NULL,
    decided_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX decisions_payment ON decisions (payment_id, decided_at);
