-- Full-text search (org.helpdesk.search): the terms of a ticket's title, article subjects and
-- bodies and attachment names, made by Helpdesk's own analyzer (the same on every database). H2's
-- own full-text search neither folds accents nor stems words, so the embedded database keeps one
-- row per term and ticket, found through the primary key. Filled when tickets and articles are
-- written; tickets written before this version are indexed by the backfill after the start.
CREATE TABLE ticket_search (
    ticket_id        BIGINT  NOT NULL PRIMARY KEY,
    analyzer_version INTEGER NOT NULL,
    CONSTRAINT fk_ticket_search_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
);
CREATE TABLE ticket_term (
    term      VARCHAR(60) NOT NULL,
    ticket_id BIGINT      NOT NULL,
    CONSTRAINT pk_ticket_term PRIMARY KEY (term, ticket_id),
    CONSTRAINT fk_ticket_term_search FOREIGN KEY (ticket_id) REFERENCES ticket_search (ticket_id) ON DELETE CASCADE
);
CREATE INDEX ix_ticket_term_ticket ON ticket_term (ticket_id);
