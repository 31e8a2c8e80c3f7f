-- Saved statistics (issue #15): a statistic a manager named, with a period relative to the day it is
-- shown or mailed; a report schedule mails either the SLA report (group_by) or a saved statistic.
CREATE TABLE report_statistic (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    name         VARCHAR(200)  NOT NULL,
    measures     VARCHAR(200)  NOT NULL,
    axis         VARCHAR(20)   NOT NULL,
    series       VARCHAR(20),
    field_id     BIGINT,
    span         VARCHAR(20)   NOT NULL,
    queue_ids    VARCHAR(1000),
    state_ids    VARCHAR(1000),
    chart_type   VARCHAR(10)   NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    changed_at   ${timestamp}  NOT NULL,
    CONSTRAINT uq_report_statistic_name UNIQUE (name),
    CONSTRAINT fk_report_statistic_field FOREIGN KEY (field_id) REFERENCES dynamic_field (id)
);

ALTER TABLE report_schedule ADD statistic_id BIGINT;
ALTER TABLE report_schedule ADD CONSTRAINT fk_report_schedule_statistic FOREIGN KEY (statistic_id) REFERENCES report_statistic (id);
CREATE INDEX ix_report_schedule_statistic ON report_schedule (statistic_id);
