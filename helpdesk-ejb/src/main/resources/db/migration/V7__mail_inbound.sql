-- Inbound e-mail (the PostMaster): mailboxes fetched over IMAP/POP3, the addresses the desk owns,
-- filters on headers, auto-responses per queue, and a record of every message received.

-- Addresses customers write to; a mail account may dispatch new tickets by the recipient.
CREATE TABLE system_address (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    email        VARCHAR(250) NOT NULL,
    display_name VARCHAR(200),
    queue_id     BIGINT       NOT NULL,
    valid        BOOLEAN      NOT NULL,
    CONSTRAINT uq_system_address UNIQUE (email),
    CONSTRAINT fk_system_address_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

CREATE TABLE mail_account (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    name                  VARCHAR(200)  NOT NULL,
    protocol              VARCHAR(10)   NOT NULL,
    starttls              BOOLEAN       NOT NULL,
    host                  VARCHAR(250)  NOT NULL,
    port                  INTEGER       NOT NULL,
    login                 VARCHAR(250)  NOT NULL,
    password_secret       VARCHAR(1000) NOT NULL,
    folder                VARCHAR(200)  NOT NULL,
    poll_seconds          INTEGER       NOT NULL,
    queue_id              BIGINT        NOT NULL,
    dispatch_by_recipient BOOLEAN       NOT NULL,
    valid                 BOOLEAN       NOT NULL,
    last_poll_at          ${timestamp},
    last_error            VARCHAR(1000),
    CONSTRAINT uq_mail_account UNIQUE (name),
    CONSTRAINT fk_mail_account_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- One row per message received, whatever became of it; the unique Message-ID is what makes
-- fetching exactly-once. Quarantined messages keep their raw source for download and reprocessing.
CREATE TABLE mail_inbound (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    message_id   VARCHAR(500)  NOT NULL,
    account_id   BIGINT,
    status       VARCHAR(20)   NOT NULL,
    from_address VARCHAR(500),
    subject      VARCHAR(500),
    size_bytes   BIGINT        NOT NULL,
    reason       VARCHAR(1000),
    ticket_id    BIGINT,
    raw_source   ${blob},
    received_at  ${timestamp}  NOT NULL,
    CONSTRAINT uq_mail_inbound_message UNIQUE (message_id),
    CONSTRAINT fk_mail_inbound_account FOREIGN KEY (account_id) REFERENCES mail_account (id),
    CONSTRAINT fk_mail_inbound_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_mail_inbound_status ON mail_inbound (status, received_at);

CREATE TABLE postmaster_filter (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    name           VARCHAR(200) NOT NULL,
    position       INTEGER      NOT NULL,
    set_queue_id   BIGINT,
    set_priority   INTEGER,
    set_type_id    BIGINT,
    ignore_message BOOLEAN      NOT NULL,
    stop_after     BOOLEAN      NOT NULL,
    valid          BOOLEAN      NOT NULL,
    CONSTRAINT uq_postmaster_filter UNIQUE (name),
    CONSTRAINT fk_filter_queue FOREIGN KEY (set_queue_id) REFERENCES queue (id),
    CONSTRAINT fk_filter_type FOREIGN KEY (set_type_id) REFERENCES ticket_type (id)
);

CREATE TABLE postmaster_filter_match (
    filter_id   BIGINT       NOT NULL,
    position    INTEGER      NOT NULL,
    header_name VARCHAR(100) NOT NULL,
    pattern     VARCHAR(500) NOT NULL,
    negate      BOOLEAN      NOT NULL,
    CONSTRAINT pk_filter_match PRIMARY KEY (filter_id, position),
    CONSTRAINT fk_filter_match_filter FOREIGN KEY (filter_id) REFERENCES postmaster_filter (id)
);

CREATE TABLE auto_response (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    queue_id BIGINT       NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    language VARCHAR(10)  NOT NULL,
    subject  VARCHAR(500) NOT NULL,
    body     ${text}      NOT NULL,
    valid    BOOLEAN      NOT NULL,
    CONSTRAINT uq_auto_response UNIQUE (queue_id, kind, language),
    CONSTRAINT fk_auto_response_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- Shipped auto-responses for the two seeded queues, in Spanish and English.
INSERT INTO auto_response (id, queue_id, kind, language, subject, body, valid) VALUES (101, 1, 'NEW_TICKET', 'es',
    'Registramos su solicitud: {{ticket.title}}',
    'Hola {{customer.name}}:

Registramos su solicitud con el número {{ticket.number}}. Puede seguirla en {{ticket.url}}
Para añadir información, responda a este mensaje sin cambiar el asunto.
', TRUE);
INSERT INTO auto_response (id, queue_id, kind, language, subject, body, valid) VALUES (102, 1, 'NEW_TICKET', 'en',
    'We registered your request: {{ticket.title}}',
    'Hello {{customer.name}},

we registered your request as number {{ticket.number}}. You can follow it at {{ticket.url}}
To add information, answer this message without changing the subject.
', TRUE);
INSERT INTO auto_response (id, queue_id, kind, language, subject, body, valid) VALUES (103, 2, 'NEW_TICKET', 'es',
    'Registramos su solicitud: {{ticket.title}}',
    'Hola {{customer.name}}:

Registramos su solicitud con el número {{ticket.number}}. Puede seguirla en {{ticket.url}}
Para añadir información, responda a este mensaje sin cambiar el asunto.
', TRUE);
INSERT INTO auto_response (id, queue_id, kind, language, subject, body, valid) VALUES (104, 2, 'NEW_TICKET', 'en',
    'We registered your request: {{ticket.title}}',
    'Hello {{customer.name}},

we registered your request as number {{ticket.number}}. You can follow it at {{ticket.url}}
To add information, answer this message without changing the subject.
', TRUE);
INSERT INTO auto_response (id, queue_id, kind, language, subject, body, valid) VALUES (105, 1, 'FOLLOW_UP_REJECTED', 'es',
    'Ticket cerrado: {{ticket.title}}',
    'Hola {{customer.name}}:

El ticket {{ticket.number}} está cerrado y no acepta más respuestas. Si el problema continúa, escríbanos en un mensaje nuevo (sin el número de ticket en el asunto).
', TRUE);
INSERT INTO auto_response (id, queue_id, kind, language, subject, body, valid) VALUES (106, 1, 'FOLLOW_UP_REJECTED', 'en',
    'Ticket closed: {{ticket.title}}',
    'Hello {{customer.name}},

ticket {{ticket.number}} is closed and takes no more answers. If the problem persists, write to us in a new message (without the ticket number in the subject).
', TRUE);
INSERT INTO auto_response (id, queue_id, kind, language, subject, body, valid) VALUES (107, 2, 'FOLLOW_UP_REJECTED', 'es',
    'Ticket cerrado: {{ticket.title}}',
    'Hola {{customer.name}}:

El ticket {{ticket.number}} está cerrado y no acepta más respuestas. Si el problema continúa, escríbanos en un mensaje nuevo (sin el número de ticket en el asunto).
', TRUE);
INSERT INTO auto_response (id, queue_id, kind, language, subject, body, valid) VALUES (108, 2, 'FOLLOW_UP_REJECTED', 'en',
    'Ticket closed: {{ticket.title}}',
    'Hello {{customer.name}},

ticket {{ticket.number}} is closed and takes no more answers. If the problem persists, write to us in a new message (without the ticket number in the subject).
', TRUE);

-- Auto-responses are counted per recipient to stop mail loops.
ALTER TABLE mail_outbox ADD auto_response_to VARCHAR(250);
CREATE INDEX ix_outbox_auto_response ON mail_outbox (auto_response_to, created_at);
