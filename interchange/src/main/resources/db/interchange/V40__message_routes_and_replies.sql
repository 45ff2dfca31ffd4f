-- Messaging and routing wired into the interchange (V40-V49). Portable SQL for H2 and PostgreSQL.

-- The routes the router planned for a message when it was accepted, in the order the outbox tries
-- them (one per channel); the dispatcher's channel finds the path and cost it took here.
CREATE TABLE message_routes (
    message_id           VARCHAR(60)   NOT NULL,
    route_order          INTEGER       NOT NULL,
    channel              VARCHAR(64)   NOT NULL,
    controllers          VARCHAR(1000) NOT NULL,   -- comma-separated, entry controller first
    carrier              VARCHAR(64)   NOT NULL,
    edges                VARCHAR(2000) NOT NULL,   -- comma-separated edge ids
    cost_micros          BIGINT        NOT NULL,
    path                 VARCHAR(2000) NOT NULL,
    PRIMARY KEY (message_id, route_order)
);

-- The route each message took when a controller accepted it (routing's SentRoute), with the cost
-- the router priced; the routing cost report and month-to-date usage counters read it.
CREATE TABLE sent_routes (
    id                   VARCHAR(40)   PRIMARY KEY,
    message_id           VARCHAR(60)   NOT NULL,
    channel              VARCHAR(64)   NOT NULL,
    controllers          VARCHAR(1000) NOT NULL,
    carrier              VARCHAR(64)   NOT NULL,
    edges                VARCHAR(2000) NOT NULL,
    cost_micros          BIGINT        NOT NULL,
    path                 VARCHAR(2000) NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sent_routes_time ON sent_routes (sent_at);
CREATE INDEX sent_routes_message ON sent_routes (message_id);

-- MO messages handled, so a redelivered one is handled once. The text is not kept (it may carry a
-- confirmation code): only a key, the channel and controller id, or a hash of sender, recipient and text.
CREATE TABLE handled_replies (
    id                    VARCHAR(40)  PRIMARY KEY,
    dedupe_key            VARCHAR(200) NOT NULL,
    channel               VARCHAR(64)  NOT NULL,
    controller_message_id VARCHAR(100) NOT NULL,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_by              VARCHAR(300)
);
CREATE INDEX handled_replies_key ON handled_replies (dedupe_key, received_at);
