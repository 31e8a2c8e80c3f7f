-- Customer portal: which queues customers may choose, whether a customer sees their company's
-- tickets, and the ITIL impact x urgency matrix that gives a ticket its priority.
ALTER TABLE queue ADD customer_visible BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE queue SET customer_visible = TRUE WHERE id = 1;

ALTER TABLE customer_user ADD company_access BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE priority_matrix (
    id       BIGINT      NOT NULL PRIMARY KEY,
    version  BIGINT      NOT NULL DEFAULT 0,
    impact   VARCHAR(10) NOT NULL,
    urgency  VARCHAR(10) NOT NULL,
    priority INTEGER     NOT NULL,
    CONSTRAINT uq_priority_matrix UNIQUE (impact, urgency),
    CONSTRAINT ck_priority_matrix CHECK (priority BETWEEN 1 AND 5)
);
-- OTRS counts priorities upwards (5 = very high): high impact and high urgency give 5.
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (11, 'HIGH', 'HIGH', 5);
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (12, 'HIGH', 'MEDIUM', 4);
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (13, 'HIGH', 'LOW', 3);
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (14, 'MEDIUM', 'HIGH', 4);
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (15, 'MEDIUM', 'MEDIUM', 3);
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (16, 'MEDIUM', 'LOW', 2);
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (17, 'LOW', 'HIGH', 3);
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (18, 'LOW', 'MEDIUM', 2);
INSERT INTO priority_matrix (id, impact, urgency, priority) VALUES (19, 'LOW', 'LOW', 1);
