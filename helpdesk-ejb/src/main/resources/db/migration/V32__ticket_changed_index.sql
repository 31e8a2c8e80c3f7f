-- TicketSearch by change time (issue #16): integrations poll "what changed in the last minutes"
-- (TicketChangeTimeNewerMinutes); without an index that reads the whole ticket table.
CREATE INDEX ix_ticket_changed ON ticket (changed_at);
