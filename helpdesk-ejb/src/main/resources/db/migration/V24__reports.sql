-- Reports (issue 15). A ticket's milestones: the moments the SLA reports count, each with the
-- ticket as it stood then, written once and never changed.
CREATE TABLE ticket_milestone (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    ticket_id        BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    occurred_at      ${timestamp} NOT NULL,
    open_after       BOOLEAN      NOT NULL,
    queue_id         BIGINT       NOT NULL,
    tier             INT          NOT NULL,
    previous_tier    INT,
    priority         INT          NOT NULL,
    type_id          BIGINT       NOT NULL,
    service_id       BIGINT,
    sla_id           BIGINT,
    owner_id         BIGINT,
    company_id       BIGINT,
    due_at           ${timestamp},
    business_minutes BIGINT,
    CONSTRAINT fk_milestone_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_milestone_occurred ON ticket_milestone (occurred_at);
CREATE INDEX ix_milestone_ticket ON ticket_milestone (ticket_id, occurred_at);

-- Tickets from before this version get what their rows still tell: when they were opened, first
-- answered and closed (merged and removed ones: ended at their last change), with the ticket's
-- present queue, priority and so on. Their targets and business times are unknown (null): reports
-- count them but leave them out of met/breached and of the times. Negative ids never meet the
-- generated ones.
INSERT INTO ticket_milestone (id, ticket_id, kind, occurred_at, open_after, queue_id, tier, priority, type_id,
        service_id, sla_id, owner_id, company_id)
    SELECT -(t.id * 4), t.id, 'OPENED', t.created_at, TRUE, t.queue_id, q.tier, t.priority, t.type_id,
           t.service_id, t.sla_id, t.owner_id, t.customer_company_id
    FROM ticket t JOIN queue q ON q.id = t.queue_id;
INSERT INTO ticket_milestone (id, ticket_id, kind, occurred_at, open_after, queue_id, tier, priority, type_id,
        service_id, sla_id, owner_id, company_id)
    SELECT -(t.id * 4 + 1), t.id, 'FIRST_RESPONSE', t.first_response_at, TRUE, t.queue_id, q.tier, t.priority, t.type_id,
           t.service_id, t.sla_id, t.owner_id, t.customer_company_id
    FROM ticket t JOIN queue q ON q.id = t.queue_id WHERE t.first_response_at IS NOT NULL;
INSERT INTO ticket_milestone (id, ticket_id, kind, occurred_at, open_after, queue_id, tier, priority, type_id,
        service_id, sla_id, owner_id, company_id)
    SELECT -(t.id * 4 + 2), t.id, CASE WHEN t.closed_at IS NOT NULL THEN 'CLOSED' ELSE 'ENDED' END,
           COALESCE(t.closed_at, t.changed_at), FALSE, t.queue_id, q.tier, t.priority, t.type_id,
           t.service_id, t.sla_id, t.owner_id, t.customer_company_id
    FROM ticket t JOIN queue q ON q.id = t.queue_id WHERE t.is_open = FALSE;

-- A report run: the parameters, who started it, how it went; its rows once it has finished.
CREATE TABLE report_run (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    execution_id BIGINT,
    expected     BIGINT        NOT NULL DEFAULT 0,
    period_from  ${timestamp}  NOT NULL,
    period_to    ${timestamp}  NOT NULL,
    time_zone    VARCHAR(60)   NOT NULL,
    group_by     VARCHAR(20)   NOT NULL,
    queue_ids    VARCHAR(1000),
    type_ids     VARCHAR(1000),
    status       VARCHAR(20)   NOT NULL,
    error        VARCHAR(1000),
    started_by   VARCHAR(200)  NOT NULL,
    started_at   ${timestamp}  NOT NULL,
    finished_at  ${timestamp},
    schedule_id  BIGINT,
    delivered    BOOLEAN       DEFAULT FALSE NOT NULL,
    node         VARCHAR(100)
);
CREATE INDEX ix_report_run_started ON report_run (started_at);

-- What the job's chunks read, one row per milestone and part: idempotent per chunk, so a run
-- restarted from its checkpoint writes the same rows again, not twice.
CREATE TABLE report_fact (
    run_id       BIGINT       NOT NULL,
    part         INT          NOT NULL,
    milestone_id BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    group_key    BIGINT,
    met          INT,
    minutes      BIGINT,
    moved_up     INT          NOT NULL,
    PRIMARY KEY (run_id, part, milestone_id)
);
CREATE INDEX ix_report_fact_group ON report_fact (run_id, kind, group_key, minutes);

CREATE TABLE report_row (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    run_id          BIGINT        NOT NULL,
    position        INT           NOT NULL,
    group_key       BIGINT,
    label           VARCHAR(255)  NOT NULL,
    is_total        BOOLEAN       NOT NULL,
    created         INT           NOT NULL,
    closed          INT           NOT NULL,
    reopened        INT           NOT NULL,
    backlog         INT           NOT NULL,
    fr_met          INT           NOT NULL,
    fr_breached     INT           NOT NULL,
    upd_met         INT           NOT NULL,
    upd_breached    INT           NOT NULL,
    sol_met         INT           NOT NULL,
    sol_breached    INT           NOT NULL,
    escalations     INT           NOT NULL,
    moved_up        INT           NOT NULL,
    fr_mean         DOUBLE PRECISION,
    fr_median       BIGINT,
    fr_p90          BIGINT,
    sol_mean        DOUBLE PRECISION,
    sol_median      BIGINT,
    sol_p90         BIGINT,
    CONSTRAINT fk_report_row_run FOREIGN KEY (run_id) REFERENCES report_run (id)
);
CREATE INDEX ix_report_row_run ON report_row (run_id, position);

-- Managers, as in OTRS: ro on "stats" shows the reports, rw also starts and schedules them.
-- (A desk whose administrator made a "stats" group already keeps it.)
INSERT INTO agent_group (id, name, comments, valid)
    SELECT 5, 'stats', 'Informes y estadísticas', TRUE FROM ticket_counter
    WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM agent_group WHERE name = 'stats');

-- Files sent with an outgoing message that belongs to no article (the reports' PDF and CSV).
CREATE TABLE mail_outbox_file (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    message_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    filename     VARCHAR(250) NOT NULL,
    content_type VARCHAR(250) NOT NULL,
    content      ${blob}      NOT NULL,
    CONSTRAINT fk_outbox_file_message FOREIGN KEY (message_id) REFERENCES mail_outbox (id)
);
CREATE INDEX ix_outbox_file_message ON mail_outbox_file (message_id, position);

-- A report a manager has scheduled: daily (the day before), weekly (the week before) or monthly
-- (the month before), at a time of day in a time zone, mailed as PDF and CSV to agents and addresses.
CREATE TABLE report_schedule (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    name           VARCHAR(200)  NOT NULL,
    group_by       VARCHAR(20)   NOT NULL,
    queue_ids      VARCHAR(1000),
    type_ids       VARCHAR(1000),
    frequency      VARCHAR(10)   NOT NULL,
    day_of_week    INT,
    day_of_month   INT,
    time_of_day    VARCHAR(5)    NOT NULL,
    time_zone      VARCHAR(60)   NOT NULL,
    agent_ids      VARCHAR(1000),
    addresses      VARCHAR(2000),
    language       VARCHAR(5)    NOT NULL,
    next_due_at    ${timestamp}  NOT NULL,
    valid          BOOLEAN       NOT NULL,
    created_by     VARCHAR(200)  NOT NULL
);
CREATE INDEX ix_report_schedule_due ON report_schedule (valid, next_due_at);
