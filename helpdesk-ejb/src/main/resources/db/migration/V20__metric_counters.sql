-- Counters that monitoring reads (/api/metrics) without counting over tables that grow with the
-- desk's history: raised in the same transaction as what they count (an escalation, a received
-- message), starting from what the tables hold when this version is installed.
CREATE TABLE metric_counter (
    name          VARCHAR(100) NOT NULL PRIMARY KEY,
    counter_value BIGINT       NOT NULL
);
INSERT INTO metric_counter (name, counter_value)
SELECT 'escalations', COUNT(*) FROM ticket_history WHERE history_type = 'ESCALATION';
INSERT INTO metric_counter (name, counter_value)
SELECT 'mail_received.NEW_TICKET', COUNT(*) FROM mail_inbound WHERE status = 'NEW_TICKET';
INSERT INTO metric_counter (name, counter_value)
SELECT 'mail_received.FOLLOW_UP', COUNT(*) FROM mail_inbound WHERE status = 'FOLLOW_UP';
INSERT INTO metric_counter (name, counter_value)
SELECT 'mail_received.REJECTED', COUNT(*) FROM mail_inbound WHERE status = 'REJECTED';
INSERT INTO metric_counter (name, counter_value)
SELECT 'mail_received.IGNORED', COUNT(*) FROM mail_inbound WHERE status = 'IGNORED';
INSERT INTO metric_counter (name, counter_value)
SELECT 'mail_received.QUARANTINED', COUNT(*) FROM mail_inbound WHERE status = 'QUARANTINED';
INSERT INTO metric_counter (name, counter_value)
SELECT 'mail_received.TOO_LARGE', COUNT(*) FROM mail_inbound WHERE status = 'TOO_LARGE';
