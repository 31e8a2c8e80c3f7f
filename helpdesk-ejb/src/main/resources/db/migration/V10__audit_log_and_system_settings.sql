-- The audit log of administrator changes, and the settings administrators change in the admin
-- screens (one row) with the desk's branding.

CREATE TABLE audit_log (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    occurred_at  ${timestamp} NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    entity_type  VARCHAR(100) NOT NULL,
    entity_id    BIGINT,
    entity_label VARCHAR(250),
    action       VARCHAR(20)  NOT NULL,
    changes      ${text}      NOT NULL
);
CREATE INDEX ix_audit_log_type ON audit_log (entity_type, id);

CREATE TABLE system_settings (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    product_name          VARCHAR(100) NOT NULL,
    ticket_hook           VARCHAR(20)  NOT NULL,
    max_attachment_mb     INTEGER      NOT NULL,
    self_registration     BOOLEAN      NOT NULL,
    default_language      VARCHAR(10)  NOT NULL,
    session_timeout_min   INTEGER      NOT NULL,
    header_color          VARCHAR(7)   NOT NULL,
    accent_color          VARCHAR(7)   NOT NULL,
    login_logo_type       VARCHAR(100),
    header_logo_type      VARCHAR(100)
);
-- the uploaded logos (kind LOGIN or HEADER); system_settings tells which exist
CREATE TABLE logo (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    kind         VARCHAR(10)  NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      ${blob}      NOT NULL,
    CONSTRAINT uq_logo_kind UNIQUE (kind)
);
INSERT INTO system_settings (id, product_name, ticket_hook, max_attachment_mb, self_registration, default_language,
    session_timeout_min, header_color, accent_color) VALUES (1, 'Helpdesk', 'Ticket#', 10, TRUE, 'es', 30, '#1e3a5f', '#2a6f97');

-- Signatures and canned responses (templates) agents put into their answers; a queue answers
-- from its system address with its signature.
CREATE TABLE signature (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(200) NOT NULL,
    body    ${text}      NOT NULL,
    valid   BOOLEAN      NOT NULL,
    CONSTRAINT uq_signature UNIQUE (name)
);
INSERT INTO signature (id, name, body, valid) VALUES (501, 'Mesa de ayuda', '--
{{agent.name}}
{{queue.name}}', TRUE);

CREATE TABLE response_template (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(200) NOT NULL,
    body    ${text}      NOT NULL,
    valid   BOOLEAN      NOT NULL,
    CONSTRAINT uq_response_template UNIQUE (name)
);
INSERT INTO response_template (id, name, body, valid) VALUES (511, 'Solicitar más información', 'Estimado(a) {{customer.name}}:

Para continuar con la atención de su solicitud {{ticket.number}} necesitamos más información: ', TRUE);
INSERT INTO response_template (id, name, body, valid) VALUES (512, 'Incidente resuelto', 'Estimado(a) {{customer.name}}:

Su solicitud {{ticket.number}} ha sido atendida. Si el problema continúa, responda a este mensaje.', TRUE);

ALTER TABLE queue ADD system_address_id BIGINT;
ALTER TABLE queue ADD signature_id BIGINT;
ALTER TABLE queue ADD CONSTRAINT fk_queue_system_address FOREIGN KEY (system_address_id) REFERENCES system_address (id);
ALTER TABLE queue ADD CONSTRAINT fk_queue_signature FOREIGN KEY (signature_id) REFERENCES signature (id);
UPDATE queue SET signature_id = 501;

ALTER TABLE mail_outbox ADD from_address VARCHAR(500);
