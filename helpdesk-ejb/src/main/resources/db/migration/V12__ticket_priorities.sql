-- The five ITIL priorities get names administrators can change (Spanish and English) and can be
-- made invalid (then no form offers them). Tickets keep the number.
CREATE TABLE ticket_priority (
    id      INTEGER      NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name_es VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    valid   BOOLEAN      NOT NULL
);
INSERT INTO ticket_priority (id, name_es, name_en, valid) VALUES (1, '1 muy baja', '1 very low', TRUE);
INSERT INTO ticket_priority (id, name_es, name_en, valid) VALUES (2, '2 baja', '2 low', TRUE);
INSERT INTO ticket_priority (id, name_es, name_en, valid) VALUES (3, '3 normal', '3 normal', TRUE);
INSERT INTO ticket_priority (id, name_es, name_en, valid) VALUES (4, '4 alta', '4 high', TRUE);
INSERT INTO ticket_priority (id, name_es, name_en, valid) VALUES (5, '5 muy alta', '5 very high', TRUE);
