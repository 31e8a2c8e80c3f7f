-- The open tickets per queue and state (OpenTicketCounts) are counted from this index alone.
CREATE INDEX ix_ticket_open_counts ON ticket (is_open, queue_id, state_id);
