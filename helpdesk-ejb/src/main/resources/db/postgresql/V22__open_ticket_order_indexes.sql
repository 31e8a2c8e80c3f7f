-- Measured at a million tickets (BENCHMARKS.md): an agent's own open tickets are listed most urgent
-- first straight from the index, and the open tickets past their escalation time are counted from it.
DROP INDEX ix_ticket_open_owner;
CREATE INDEX ix_ticket_open_owner ON ticket (is_open, owner_id, priority DESC, created_at);
DROP INDEX ix_ticket_escalation;
CREATE INDEX ix_ticket_open_escalation ON ticket (is_open, escalation_at);
