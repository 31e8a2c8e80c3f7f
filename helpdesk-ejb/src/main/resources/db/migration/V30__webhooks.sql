-- Outbound web hooks (issue #16): admin-defined calls on ticket events, and their outbox / delivery log.
CREATE TABLE api_webhook (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    name          VARCHAR(200)  NOT NULL,
    valid         BOOLEAN       NOT NULL,
    events        VARCHAR(300)  NOT NULL,
    queue_id      BIGINT,
    min_priority  INT,
    max_priority  INT,
    type_id       BIGINT,
    method        VARCHAR(10)   NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    headers       ${text},
    mapping_kind  VARCHAR(10)   NOT NULL,
    key_map       ${text},
    value_map     ${text},
    stylesheet    ${text},
    secret        VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_api_webhook_name UNIQUE (name),
    CONSTRAINT fk_api_webhook_queue FOREIGN KEY (queue_id) REFERENCES queue (id),
    CONSTRAINT fk_api_webhook_type FOREIGN KEY (type_id) REFERENCES ticket_type (id)
);

CREATE TABLE api_webhook_delivery (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    webhook_id       BIGINT         NOT NULL,
    event            VARCHAR(30)    NOT NULL,
    ticket_id        BIGINT,
    ticket_number    VARCHAR(50),
    payload          ${text}        NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    attempts         INT            NOT NULL,
    created_at       ${timestamp}   NOT NULL,
    next_attempt_at  ${timestamp}   NOT NULL,
    delivered_at     ${timestamp},
    last_status      INT,
    last_error       VARCHAR(1000),
    CONSTRAINT fk_api_webhook_delivery_hook FOREIGN KEY (webhook_id) REFERENCES api_webhook (id)
);
CREATE INDEX ix_api_webhook_delivery_due ON api_webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_api_webhook_delivery_created ON api_webhook_delivery (created_at);
CREATE INDEX ix_api_webhook_delivery_hook ON api_webhook_delivery (webhook_id);
