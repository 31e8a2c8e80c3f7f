-- The tickets still being worked on (state of type new, open or pending) are a small part of a
-- desk's tickets after a few years. The ticket row says whether it is one of them (kept by the
-- domain when the state changes), so queue views, dashboards and open counts read an index of the
-- open tickets alone and cost the same with ten thousand closed tickets as with ten million.
ALTER TABLE ticket ADD is_open BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE ticket SET is_open = TRUE
 WHERE state_id IN (SELECT id FROM ticket_state
                     WHERE state_type IN ('NEW', 'OPEN', 'PENDING_REMINDER', 'PENDING_AUTO'));
-- queue view (newest or oldest first) and the open count per queue
CREATE INDEX ix_ticket_open_queue ON ticket (is_open, queue_id, created_at);
-- open counts per state, and "new tickets" (the states of type new) oldest first
CREATE INDEX ix_ticket_open_state ON ticket (is_open, state_id, created_at);
-- an agent's own tickets
CREATE INDEX ix_ticket_open_owner ON ticket (is_open, owner_id);
