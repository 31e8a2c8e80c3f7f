-- Event notifications (OTRS style): which events tell whom, in the agents' bell and, when
-- send_mail is set, by e-mail through the outbox (customers are always told by e-mail). The ticket history is the event log: new entries wait with notified = FALSE
-- until the notification sweep has handled them (entries from before this version count as done).
ALTER TABLE ticket_history ADD notified BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX ix_history_notified ON ticket_history (notified, id);

-- pending reminders: the reminder for a pending time is given once
ALTER TABLE ticket ADD reminded_for ${timestamp};
CREATE INDEX ix_ticket_pending_until ON ticket (pending_until);

CREATE TABLE notification (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    name         VARCHAR(200) NOT NULL,
    events       VARCHAR(500) NOT NULL,
    recipients   VARCHAR(200) NOT NULL,
    group_id     BIGINT,
    queue_id     BIGINT,
    min_priority INTEGER,
    type_id      BIGINT,
    optional     BOOLEAN      NOT NULL,
    send_mail    BOOLEAN      NOT NULL,
    subject_es   VARCHAR(500) NOT NULL,
    body_es      ${text}      NOT NULL,
    subject_en   VARCHAR(500) NOT NULL,
    body_en      ${text}      NOT NULL,
    valid        BOOLEAN      NOT NULL,
    CONSTRAINT uq_notification UNIQUE (name),
    CONSTRAINT fk_notification_group FOREIGN KEY (group_id) REFERENCES agent_group (id),
    CONSTRAINT fk_notification_queue FOREIGN KEY (queue_id) REFERENCES queue (id),
    CONSTRAINT fk_notification_type FOREIGN KEY (type_id) REFERENCES ticket_type (id)
);

CREATE TABLE agent_notification (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    agent_id   BIGINT       NOT NULL,
    ticket_id  BIGINT       NOT NULL,
    text       VARCHAR(500) NOT NULL,
    created_at ${timestamp} NOT NULL,
    read_at    ${timestamp},
    CONSTRAINT fk_agent_notification_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_agent_notification_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_agent_notification_unread ON agent_notification (agent_id, read_at, created_at);

CREATE TABLE agent_notification_optout (
    agent_id        BIGINT NOT NULL,
    notification_id BIGINT NOT NULL,
    CONSTRAINT pk_notification_optout PRIMARY KEY (agent_id, notification_id),
    CONSTRAINT fk_optout_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_optout_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
);

INSERT INTO notification (id, name, events, recipients, optional, send_mail, subject_es, body_es, subject_en, body_en, valid)
VALUES (401, 'Ticket nuevo en mis colas', 'TICKET_CREATED', 'QUEUE_AGENTS', TRUE, FALSE,
    'Ticket nuevo: {{ticket.title}}', 'Hola {{recipient.name}}:

Hay un ticket nuevo en la cola {{ticket.queue}}: {{ticket.number}} «{{ticket.title}}».
{{ticket.url}}
',
    'New ticket: {{ticket.title}}', 'Hello {{recipient.name}},

there is a new ticket in queue {{ticket.queue}}: {{ticket.number}} "{{ticket.title}}".
{{ticket.url}}
', TRUE);
INSERT INTO notification (id, name, events, recipients, optional, send_mail, subject_es, body_es, subject_en, body_en, valid)
VALUES (402, 'Respuesta del cliente', 'FOLLOW_UP', 'OWNER,RESPONSIBLE', FALSE, TRUE,
    'El cliente respondió: {{ticket.title}}', 'Hola {{recipient.name}}:

El cliente respondió en el ticket {{ticket.number}} «{{ticket.title}}».
{{ticket.url}}
',
    'The customer answered: {{ticket.title}}', 'Hello {{recipient.name}},

the customer answered on ticket {{ticket.number}} "{{ticket.title}}".
{{ticket.url}}
', TRUE);
INSERT INTO notification (id, name, events, recipients, optional, send_mail, subject_es, body_es, subject_en, body_en, valid)
VALUES (403, 'Ticket asignado', 'OWNER_CHANGED', 'OWNER', FALSE, TRUE,
    'Ahora es propietario de: {{ticket.title}}', 'Hola {{recipient.name}}:

{{event.by}} le asignó el ticket {{ticket.number}} «{{ticket.title}}».
{{ticket.url}}
',
    'You now own: {{ticket.title}}', 'Hello {{recipient.name}},

{{event.by}} assigned ticket {{ticket.number}} "{{ticket.title}}" to you.
{{ticket.url}}
', TRUE);
INSERT INTO notification (id, name, events, recipients, optional, send_mail, subject_es, body_es, subject_en, body_en, valid)
VALUES (404, 'Nota en mis tickets', 'NOTE_ADDED', 'OWNER,RESPONSIBLE', TRUE, FALSE,
    'Nota nueva: {{ticket.title}}', 'Hola {{recipient.name}}:

{{event.by}} añadió una nota al ticket {{ticket.number}} «{{ticket.title}}».
{{ticket.url}}
',
    'New note: {{ticket.title}}', 'Hello {{recipient.name}},

{{event.by}} added a note to ticket {{ticket.number}} "{{ticket.title}}".
{{ticket.url}}
', TRUE);
INSERT INTO notification (id, name, events, recipients, optional, send_mail, subject_es, body_es, subject_en, body_en, valid)
VALUES (405, 'Ticket movido a mis colas', 'MOVED', 'QUEUE_AGENTS', TRUE, FALSE,
    'Ticket movido a {{ticket.queue}}: {{ticket.title}}', 'Hola {{recipient.name}}:

El ticket {{ticket.number}} «{{ticket.title}}» llegó a la cola {{ticket.queue}}.
{{ticket.url}}
',
    'Ticket moved to {{ticket.queue}}: {{ticket.title}}', 'Hello {{recipient.name}},

ticket {{ticket.number}} "{{ticket.title}}" arrived in queue {{ticket.queue}}.
{{ticket.url}}
', TRUE);
INSERT INTO notification (id, name, events, recipients, optional, send_mail, subject_es, body_es, subject_en, body_en, valid)
VALUES (406, 'Recordatorio de pendiente', 'PENDING_REMINDER', 'OWNER', FALSE, TRUE,
    'Recordatorio: {{ticket.title}}', 'Hola {{recipient.name}}:

Llegó la hora del recordatorio del ticket {{ticket.number}} «{{ticket.title}}».
{{ticket.url}}
',
    'Reminder: {{ticket.title}}', 'Hello {{recipient.name}},

the reminder time of ticket {{ticket.number}} "{{ticket.title}}" has come.
{{ticket.url}}
', TRUE);

-- SLAs apply to services: a ticket of a service with a single SLA gets that SLA.
CREATE TABLE sla_service (
    sla_id     BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    CONSTRAINT pk_sla_service PRIMARY KEY (sla_id, service_id),
    CONSTRAINT fk_sla_service_sla FOREIGN KEY (sla_id) REFERENCES sla (id),
    CONSTRAINT fk_sla_service_service FOREIGN KEY (service_id) REFERENCES it_service (id)
);

-- Which states stop the SLA clocks (OTRS: the pending states); administrators may choose.
ALTER TABLE ticket_state ADD stops_clock BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE ticket_state SET stops_clock = TRUE WHERE state_type IN ('PENDING_REMINDER', 'PENDING_AUTO');
