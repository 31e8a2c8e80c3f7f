-- SLAs and escalations: business calendars, response/update/solution targets on queues and SLAs,
-- what a ticket's clocks need (first answer, customer waiting since, pending spells), the next
-- escalation event per ticket (indexed, so the sweep reads only what is due), and escalation rules.

CREATE TABLE service_calendar (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    name          VARCHAR(200)  NOT NULL,
    time_zone     VARCHAR(60)   NOT NULL,
    working_hours VARCHAR(1000) NOT NULL,
    holidays      ${text},
    valid         BOOLEAN       NOT NULL,
    CONSTRAINT uq_service_calendar UNIQUE (name)
);
-- Lima office hours and Peru's yearly public holidays.
INSERT INTO service_calendar (id, name, time_zone, working_hours, holidays, valid) VALUES (201, 'Lima (lun-vie 9-18)',
    'America/Lima', 'mon-fri 09:00-18:00',
    '01-01 Año Nuevo
05-01 Día del Trabajo
06-07 Batalla de Arica
06-29 San Pedro y San Pablo
07-23 Día de la Fuerza Aérea
07-28 Fiestas Patrias
07-29 Fiestas Patrias
08-06 Batalla de Junín
08-30 Santa Rosa de Lima
10-08 Combate de Angamos
11-01 Todos los Santos
12-08 Inmaculada Concepción
12-09 Batalla de Ayacucho
12-25 Navidad', TRUE);
INSERT INTO service_calendar (id, name, time_zone, working_hours, holidays, valid) VALUES (202, '24x7',
    'America/Lima', 'mon-sun 00:00-24:00', NULL, TRUE);

ALTER TABLE queue ADD calendar_id BIGINT;
ALTER TABLE queue ADD first_response_minutes INTEGER;
ALTER TABLE queue ADD update_minutes INTEGER;
ALTER TABLE queue ADD solution_minutes INTEGER;
ALTER TABLE queue ADD warn_percent INTEGER DEFAULT 80 NOT NULL;
ALTER TABLE queue ADD CONSTRAINT fk_queue_calendar FOREIGN KEY (calendar_id) REFERENCES service_calendar (id);
-- First-line support answers within 2 business hours and solves within 2 business days;
-- consultants answer within 4 business hours and solve within 5 business days.
UPDATE queue SET calendar_id = 201, first_response_minutes = 120, update_minutes = 480, solution_minutes = 1080 WHERE id = 1;
UPDATE queue SET calendar_id = 201, first_response_minutes = 240, update_minutes = 960, solution_minutes = 2700 WHERE id = 2;

ALTER TABLE sla ADD calendar_id BIGINT;
ALTER TABLE sla ADD first_response_minutes INTEGER;
ALTER TABLE sla ADD update_minutes INTEGER;
ALTER TABLE sla ADD solution_minutes INTEGER;
ALTER TABLE sla ADD warn_percent INTEGER DEFAULT 80 NOT NULL;
ALTER TABLE sla ADD CONSTRAINT fk_sla_calendar FOREIGN KEY (calendar_id) REFERENCES service_calendar (id);

ALTER TABLE ticket ADD first_response_at ${timestamp};
ALTER TABLE ticket ADD customer_contact_at ${timestamp};
ALTER TABLE ticket ADD agent_answered_last BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ticket ADD escalation_warning_at ${timestamp};
ALTER TABLE ticket ADD warning_raised_for ${timestamp};
ALTER TABLE ticket ADD escalation_raised_for ${timestamp};
ALTER TABLE ticket ADD escalation_event_at ${timestamp};
CREATE INDEX ix_ticket_escalation_event ON ticket (escalation_event_at);

CREATE TABLE ticket_pending_spell (
    ticket_id  BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    started_at ${timestamp} NOT NULL,
    ended_at   ${timestamp},
    CONSTRAINT pk_ticket_pending_spell PRIMARY KEY (ticket_id, position),
    CONSTRAINT fk_pending_spell_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE TABLE escalation_rule (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    name             VARCHAR(200) NOT NULL,
    position         INTEGER      NOT NULL,
    trigger_kind     VARCHAR(20)  NOT NULL,
    queue_id         BIGINT,
    min_priority     INTEGER,
    max_priority     INTEGER,
    move_to_queue_id BIGINT,
    set_priority     INTEGER,
    responsible_id   BIGINT,
    notify_group_id  BIGINT,
    notify_owner     BOOLEAN      NOT NULL,
    valid            BOOLEAN      NOT NULL,
    CONSTRAINT uq_escalation_rule UNIQUE (name),
    CONSTRAINT fk_rule_queue FOREIGN KEY (queue_id) REFERENCES queue (id),
    CONSTRAINT fk_rule_move_to FOREIGN KEY (move_to_queue_id) REFERENCES queue (id),
    CONSTRAINT fk_rule_responsible FOREIGN KEY (responsible_id) REFERENCES agent (id),
    CONSTRAINT fk_rule_group FOREIGN KEY (notify_group_id) REFERENCES agent_group (id)
);
-- The requirements' escalation: priorities 3 to 5 belong to the consultants, and so does what
-- first-line support did not answer or solve in time; the owner and the consultants are told.
INSERT INTO escalation_rule (id, name, position, trigger_kind, queue_id, min_priority, max_priority, move_to_queue_id,
    notify_group_id, notify_owner, valid) VALUES (301, 'Prioridad 3-5 a Consultoría TI (N2)', 1, 'PRIORITY', 1, 3, 5, 2, NULL, FALSE, TRUE);
INSERT INTO escalation_rule (id, name, position, trigger_kind, queue_id, min_priority, max_priority, move_to_queue_id,
    notify_group_id, notify_owner, valid) VALUES (302, 'Vencidos de N1 a Consultoría TI (N2)', 2, 'BREACH', 1, NULL, NULL, 2, 4, TRUE, TRUE);
INSERT INTO escalation_rule (id, name, position, trigger_kind, queue_id, min_priority, max_priority, move_to_queue_id,
    notify_group_id, notify_owner, valid) VALUES (303, 'Aviso al propietario', 3, 'WARNING', NULL, NULL, NULL, NULL, NULL, TRUE, TRUE);
