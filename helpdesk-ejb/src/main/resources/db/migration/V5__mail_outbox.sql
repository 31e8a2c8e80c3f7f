-- Outgoing mail waits here until the SMTP relay took it: written in the same transaction as the
-- article it sends, delivered by a timer with retries, never lost when the relay is down.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    article_id      BIGINT,
    to_addresses    VARCHAR(2000) NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    body_plain      ${text}       NOT NULL,
    message_id      VARCHAR(500)  NOT NULL,
    in_reply_to     VARCHAR(500),
    message_references ${text},
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at ${timestamp}  NOT NULL,
    last_error      VARCHAR(1000),
    created_at      ${timestamp}  NOT NULL,
    sent_at         ${timestamp},
    CONSTRAINT fk_outbox_article FOREIGN KEY (article_id) REFERENCES article (id)
);
CREATE INDEX ix_outbox_due ON mail_outbox (status, next_attempt_at);
