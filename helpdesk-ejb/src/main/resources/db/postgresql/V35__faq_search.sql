-- The full-text index of FAQ articles, kept like the tickets' (V19): a tsvector of the analyzer's terms.
CREATE TABLE faq_search (
    faq_item_id      BIGINT   NOT NULL PRIMARY KEY,
    analyzer_version INTEGER  NOT NULL,
    terms            TSVECTOR NOT NULL,
    CONSTRAINT fk_faq_search_item FOREIGN KEY (faq_item_id) REFERENCES faq_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_faq_search_terms ON faq_search USING GIN (terms);
