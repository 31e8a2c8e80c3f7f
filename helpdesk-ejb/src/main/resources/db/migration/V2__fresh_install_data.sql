-- What a new desk starts with, as set up in the requirements document: the OTRS states, the
-- ITIL ticket types, the first-line and escalation queues and their groups.
-- Ids below 1000 are reserved for this data; generated ids start above it.

INSERT INTO id_generator (gen_name, gen_value) VALUES ('ids', 1000);

INSERT INTO ticket_counter (id, counter_day, counter) VALUES (1, DATE '2000-01-01', 0);

INSERT INTO agent_group (id, name, comments, valid) VALUES (1, 'admin', 'Administrators', TRUE);
INSERT INTO agent_group (id, name, comments, valid) VALUES (2, 'users', 'All agents', TRUE);
INSERT INTO agent_group (id, name, comments, valid) VALUES (3, 'soporte', 'Soporte técnico, primer nivel (N1)', TRUE);
INSERT INTO agent_group (id, name, comments, valid) VALUES (4, 'consultoria', 'Consultoría TI, escalamiento (N2)', TRUE);

INSERT INTO queue (id, name, group_id, tier, follow_up_policy, comments, valid)
    VALUES (1, 'Soporte Técnico (N1)', 3, 1, 'POSSIBLE', 'Primer nivel: prioridades 1 y 2', TRUE);
INSERT INTO queue (id, name, group_id, tier, follow_up_policy, comments, valid)
    VALUES (2, 'Consultoría TI (N2)', 4, 2, 'POSSIBLE', 'Escalamiento: prioridades 3, 4 y 5', TRUE);

INSERT INTO ticket_state (id, name, state_type, valid) VALUES (1, 'new', 'NEW', TRUE);
INSERT INTO ticket_state (id, name, state_type, valid) VALUES (2, 'open', 'OPEN', TRUE);
INSERT INTO ticket_state (id, name, state_type, valid) VALUES (3, 'pending reminder', 'PENDING_REMINDER', TRUE);
INSERT INTO ticket_state (id, name, state_type, valid) VALUES (4, 'pending auto close+', 'PENDING_AUTO', TRUE);
INSERT INTO ticket_state (id, name, state_type, valid) VALUES (5, 'pending auto close-', 'PENDING_AUTO', TRUE);
INSERT INTO ticket_state (id, name, state_type, valid) VALUES (6, 'closed successful', 'CLOSED', TRUE);
INSERT INTO ticket_state (id, name, state_type, valid) VALUES (7, 'closed unsuccessful', 'CLOSED', TRUE);
INSERT INTO ticket_state (id, name, state_type, valid) VALUES (8, 'merged', 'MERGED', TRUE);
INSERT INTO ticket_state (id, name, state_type, valid) VALUES (9, 'removed', 'REMOVED', TRUE);

INSERT INTO ticket_type (id, name, valid) VALUES (1, 'Incident', TRUE);
INSERT INTO ticket_type (id, name, valid) VALUES (2, 'Major incident', TRUE);
INSERT INTO ticket_type (id, name, valid) VALUES (3, 'Problem', TRUE);
INSERT INTO ticket_type (id, name, valid) VALUES (4, 'Service request', TRUE);
