-- Full-text search (org.helpdesk.search): the terms of a ticket's title, article subjects and
-- bodies and attachment names, made by Helpdesk's own analyzer (the same on every database) and
-- stored as a tsvector of exactly those lexemes, found through a GIN index. Filled when tickets
-- and articles are written; tickets written before this version are indexed by the backfill
-- after the start (analyzer_version says which analyzer made the row).
CREATE TABLE ticket_search (
    ticket_id        BIGINT   NOT NULL PRIMARY KEY,
    analyzer_version INTEGER  NOT NULL,
    terms            TSVECTOR NOT NULL,
    CONSTRAINT fk_ticket_search_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
);
CREATE INDEX ix_ticket_search_terms ON ticket_search USING GIN (terms);
