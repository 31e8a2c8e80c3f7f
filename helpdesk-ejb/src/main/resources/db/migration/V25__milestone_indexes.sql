-- The report job reads a time slice's milestones in keyed pages ordered by (time, id); statistics read
-- one kind of milestone over a period (tickets created, first answers...).
CREATE INDEX ix_milestone_time ON ticket_milestone (occurred_at, id);
CREATE INDEX ix_milestone_kind ON ticket_milestone (kind, occurred_at);
