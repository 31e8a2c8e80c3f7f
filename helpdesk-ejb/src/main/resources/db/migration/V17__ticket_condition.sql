-- Escalation rules and notifications choose their tickets with one condition (TicketCondition):
-- queue, lowest and highest priority, type. Rules gain the type, notifications the highest
-- priority; both empty (any), so every rule and notification applies to the same tickets as before.
ALTER TABLE escalation_rule ADD type_id BIGINT;
ALTER TABLE escalation_rule ADD CONSTRAINT fk_rule_type FOREIGN KEY (type_id) REFERENCES ticket_type (id);
ALTER TABLE notification ADD max_priority INTEGER;
