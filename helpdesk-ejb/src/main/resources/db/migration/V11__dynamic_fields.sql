-- Dynamic fields (OTRS's DynamicField): extra ticket fields administrators define, with typed,
-- searchable values. A multiselect field keeps one row per chosen option.
CREATE TABLE dynamic_field (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    name              VARCHAR(100) NOT NULL,
    label_es          VARCHAR(200) NOT NULL,
    label_en          VARCHAR(200) NOT NULL,
    field_type        VARCHAR(20)  NOT NULL,
    options           ${text},
    position          INTEGER      NOT NULL,
    required          BOOLEAN      NOT NULL,
    show_agent_new    BOOLEAN      NOT NULL,
    show_customer_new BOOLEAN      NOT NULL,
    show_zoom         BOOLEAN      NOT NULL,
    show_search       BOOLEAN      NOT NULL,
    valid             BOOLEAN      NOT NULL,
    CONSTRAINT uq_dynamic_field UNIQUE (name)
);

CREATE TABLE dynamic_field_value (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    ticket_id   BIGINT       NOT NULL,
    field_id    BIGINT       NOT NULL,
    value_text  VARCHAR(500),
    value_long  ${text},
    value_date  DATE,
    value_time  ${timestamp},
    value_flag  BOOLEAN,
    CONSTRAINT fk_field_value_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_field_value_field FOREIGN KEY (field_id) REFERENCES dynamic_field (id)
);
CREATE INDEX ix_field_value_ticket ON dynamic_field_value (ticket_id, field_id);
CREATE INDEX ix_field_value_text ON dynamic_field_value (field_id, value_text);
CREATE INDEX ix_field_value_date ON dynamic_field_value (field_id, value_date);
CREATE INDEX ix_field_value_time ON dynamic_field_value (field_id, value_time);
