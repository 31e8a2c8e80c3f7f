-- When a ticket was last closed, for searches and reports by closing date.
ALTER TABLE ticket ADD closed_at ${timestamp};
CREATE INDEX ix_ticket_closed ON ticket (closed_at);
