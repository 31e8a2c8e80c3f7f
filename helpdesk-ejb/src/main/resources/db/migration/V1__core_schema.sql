-- Helpdesk core schema: agents and permissions, customers, queues, tickets, articles, history.
-- Portable across H2, PostgreSQL and MariaDB; ${text}, ${blob} and ${timestamp} are the column
-- types that differ (see org.helpdesk.setup.Migrations).

CREATE TABLE id_generator (
    gen_name  VARCHAR(50) NOT NULL PRIMARY KEY,
    gen_value BIGINT      NOT NULL
);

CREATE TABLE agent_group (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    name     VARCHAR(100) NOT NULL,
    comments VARCHAR(250),
    valid    BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_agent_group_name UNIQUE (name)
);

CREATE TABLE agent_role (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(100) NOT NULL,
    valid   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_agent_role_name UNIQUE (name)
);

CREATE TABLE agent (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    login         VARCHAR(100) NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    email         VARCHAR(250),
    language      VARCHAR(10)  NOT NULL,
    time_zone     VARCHAR(50)  NOT NULL,
    valid         BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash VARCHAR(200),
    failed_logins INTEGER      NOT NULL DEFAULT 0,
    locked_until  ${timestamp},
    CONSTRAINT uq_agent_login UNIQUE (login)
);

CREATE TABLE agent_role_member (
    agent_id BIGINT NOT NULL,
    role_id  BIGINT NOT NULL,
    PRIMARY KEY (agent_id, role_id),
    CONSTRAINT fk_role_member_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_role_member_role FOREIGN KEY (role_id) REFERENCES agent_role (id)
);

CREATE TABLE agent_group_permission (
    agent_id   BIGINT      NOT NULL,
    group_id   BIGINT      NOT NULL,
    permission VARCHAR(20) NOT NULL,
    PRIMARY KEY (agent_id, group_id, permission),
    CONSTRAINT fk_agent_perm_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_agent_perm_group FOREIGN KEY (group_id) REFERENCES agent_group (id)
);

CREATE TABLE role_group_permission (
    role_id    BIGINT      NOT NULL,
    group_id   BIGINT      NOT NULL,
    permission VARCHAR(20) NOT NULL,
    PRIMARY KEY (role_id, group_id, permission),
    CONSTRAINT fk_role_perm_role FOREIGN KEY (role_id) REFERENCES agent_role (id),
    CONSTRAINT fk_role_perm_group FOREIGN KEY (group_id) REFERENCES agent_group (id)
);

CREATE TABLE customer_company (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    code    VARCHAR(100) NOT NULL,
    name    VARCHAR(200) NOT NULL,
    street  VARCHAR(200),
    city    VARCHAR(100),
    country VARCHAR(100),
    valid   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_customer_company_code UNIQUE (code)
);

CREATE TABLE customer_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    login         VARCHAR(200) NOT NULL,
    email         VARCHAR(250) NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    phone         VARCHAR(50),
    company_id    BIGINT,
    language      VARCHAR(10)  NOT NULL,
    valid         BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash VARCHAR(200),
    failed_logins INTEGER      NOT NULL DEFAULT 0,
    locked_until  ${timestamp},
    CONSTRAINT uq_customer_user_login UNIQUE (login),
    CONSTRAINT fk_customer_user_company FOREIGN KEY (company_id) REFERENCES customer_company (id)
);
CREATE INDEX ix_customer_user_email ON customer_user (email);
CREATE INDEX ix_customer_user_company ON customer_user (company_id);

CREATE TABLE queue (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    name             VARCHAR(200) NOT NULL,
    group_id         BIGINT       NOT NULL,
    tier             INTEGER      NOT NULL DEFAULT 1,
    follow_up_policy VARCHAR(20)  NOT NULL,
    comments         VARCHAR(250),
    valid            BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_queue_name UNIQUE (name),
    CONSTRAINT fk_queue_group FOREIGN KEY (group_id) REFERENCES agent_group (id)
);

CREATE TABLE ticket_state (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    name       VARCHAR(100) NOT NULL,
    state_type VARCHAR(20)  NOT NULL,
    valid      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_ticket_state_name UNIQUE (name)
);

CREATE TABLE ticket_type (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(100) NOT NULL,
    valid   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_ticket_type_name UNIQUE (name)
);

CREATE TABLE it_service (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL DEFAULT 0,
    name      VARCHAR(200) NOT NULL,
    parent_id BIGINT,
    valid     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_it_service_name UNIQUE (name),
    CONSTRAINT fk_it_service_parent FOREIGN KEY (parent_id) REFERENCES it_service (id)
);

CREATE TABLE sla (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(200) NOT NULL,
    valid   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_sla_name UNIQUE (name)
);

CREATE TABLE ticket_counter (
    id          INTEGER NOT NULL PRIMARY KEY,
    counter_day DATE    NOT NULL,
    counter     BIGINT  NOT NULL
);

CREATE TABLE ticket (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    tn                  VARCHAR(50)  NOT NULL,
    title               VARCHAR(255) NOT NULL,
    queue_id            BIGINT       NOT NULL,
    state_id            BIGINT       NOT NULL,
    priority            INTEGER      NOT NULL,
    type_id             BIGINT       NOT NULL,
    service_id          BIGINT,
    sla_id              BIGINT,
    customer_user_id    BIGINT       NOT NULL,
    customer_company_id BIGINT,
    owner_id            BIGINT,
    responsible_id      BIGINT,
    is_locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    pending_until       ${timestamp},
    first_response_due  ${timestamp},
    update_due          ${timestamp},
    solution_due        ${timestamp},
    escalation_at       ${timestamp},
    merged_into_id      BIGINT,
    created_at          ${timestamp} NOT NULL,
    created_by          VARCHAR(200) NOT NULL,
    changed_at          ${timestamp} NOT NULL,
    changed_by          VARCHAR(200) NOT NULL,
    CONSTRAINT uq_ticket_tn UNIQUE (tn),
    CONSTRAINT ck_ticket_priority CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT fk_ticket_queue FOREIGN KEY (queue_id) REFERENCES queue (id),
    CONSTRAINT fk_ticket_state FOREIGN KEY (state_id) REFERENCES ticket_state (id),
    CONSTRAINT fk_ticket_type FOREIGN KEY (type_id) REFERENCES ticket_type (id),
    CONSTRAINT fk_ticket_service FOREIGN KEY (service_id) REFERENCES it_service (id),
    CONSTRAINT fk_ticket_sla FOREIGN KEY (sla_id) REFERENCES sla (id),
    CONSTRAINT fk_ticket_customer FOREIGN KEY (customer_user_id) REFERENCES customer_user (id),
    CONSTRAINT fk_ticket_company FOREIGN KEY (customer_company_id) REFERENCES customer_company (id),
    CONSTRAINT fk_ticket_owner FOREIGN KEY (owner_id) REFERENCES agent (id),
    CONSTRAINT fk_ticket_responsible FOREIGN KEY (responsible_id) REFERENCES agent (id),
    CONSTRAINT fk_ticket_merged_into FOREIGN KEY (merged_into_id) REFERENCES ticket (id)
);
CREATE INDEX ix_ticket_queue_state ON ticket (queue_id, state_id);
CREATE INDEX ix_ticket_owner ON ticket (owner_id);
CREATE INDEX ix_ticket_responsible ON ticket (responsible_id);
CREATE INDEX ix_ticket_customer ON ticket (customer_user_id);
CREATE INDEX ix_ticket_company ON ticket (customer_company_id);
CREATE INDEX ix_ticket_escalation ON ticket (escalation_at);
CREATE INDEX ix_ticket_created ON ticket (created_at);

CREATE TABLE article (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    ticket_id            BIGINT        NOT NULL,
    channel              VARCHAR(20)   NOT NULL,
    sender_type          VARCHAR(20)   NOT NULL,
    visible_for_customer BOOLEAN       NOT NULL,
    from_address         VARCHAR(500),
    to_address           VARCHAR(2000),
    cc_address           VARCHAR(2000),
    subject              VARCHAR(500)  NOT NULL,
    body_plain           ${text}       NOT NULL,
    body_html            ${text},
    message_id           VARCHAR(500),
    in_reply_to          VARCHAR(500),
    message_references   ${text},
    created_at           ${timestamp}  NOT NULL,
    created_by           VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_article_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_article_ticket ON article (ticket_id, created_at);
CREATE INDEX ix_article_message_id ON article (message_id);

CREATE TABLE attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    article_id   BIGINT       NOT NULL,
    filename     VARCHAR(250) NOT NULL,
    content_type VARCHAR(250) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content_id   VARCHAR(250),
    content      ${blob}      NOT NULL,
    CONSTRAINT fk_attachment_article FOREIGN KEY (article_id) REFERENCES article (id)
);
CREATE INDEX ix_attachment_article ON attachment (article_id);

CREATE TABLE ticket_history (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    ticket_id    BIGINT        NOT NULL,
    history_type VARCHAR(40)   NOT NULL,
    detail       VARCHAR(1000),
    created_at   ${timestamp}  NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_history_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_history_ticket ON ticket_history (ticket_id, created_at);
