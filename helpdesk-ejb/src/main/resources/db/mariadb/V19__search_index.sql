-- Full-text search (org.helpdesk.search): the terms of a ticket's title, article subjects and
-- bodies and attachment names, made by Helpdesk's own analyzer (the same on every database) and
-- stored as words separated by spaces under an InnoDB FULLTEXT index. The analyzer already leaves
-- common words out and pads short terms to three characters, so the index is built without
-- InnoDB's own stopword list. Filled when tickets and articles are written; tickets written
-- before this version are indexed by the backfill after the start.
CREATE TABLE ticket_search (
    ticket_id        BIGINT   NOT NULL PRIMARY KEY,
    analyzer_version INTEGER  NOT NULL,
    terms            LONGTEXT NOT NULL,
    CONSTRAINT fk_ticket_search_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;
SET SESSION innodb_ft_enable_stopword = OFF;
CREATE FULLTEXT INDEX ix_ticket_search_terms ON ticket_search (terms);
