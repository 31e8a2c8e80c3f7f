-- What a mail that names a ticket of the queue does when its sender is not entitled to follow the
-- ticket up (not its customer, a colleague of the same company, an agent or an address already on the
-- ticket, and no reference to one of the ticket's messages): a new ticket for the sender (default), an
-- internal note on the ticket, or nothing (rejected).
ALTER TABLE queue ADD unknown_sender_policy VARCHAR(20) DEFAULT 'NEW_TICKET' NOT NULL;
