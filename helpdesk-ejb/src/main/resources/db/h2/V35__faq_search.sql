-- The full-text index of FAQ articles, kept like the tickets' (V19): one row per term and article.
CREATE TABLE faq_search (
    faq_item_id      BIGINT  NOT NULL PRIMARY KEY,
    analyzer_version INTEGER NOT NULL,
    CONSTRAINT fk_faq_search_item FOREIGN KEY (faq_item_id) REFERENCES faq_item (id) ON DELETE CASCADE
);
CREATE TABLE faq_term (
    term        VARCHAR(60) NOT NULL,
    faq_item_id BIGINT      NOT NULL,
    CONSTRAINT pk_faq_term PRIMARY KEY (term, faq_item_id),
    CONSTRAINT fk_faq_term_search FOREIGN KEY (faq_item_id) REFERENCES faq_search (faq_item_id) ON DELETE CASCADE
);
CREATE INDEX ix_faq_term_item ON faq_term (faq_item_id);
