-- The full-text index of FAQ articles, kept like the tickets' (V19): the analyzer's terms under an
-- InnoDB FULLTEXT index built without InnoDB's stopword list.
CREATE TABLE faq_search (
    faq_item_id      BIGINT   NOT NULL PRIMARY KEY,
    analyzer_version INTEGER  NOT NULL,
    terms            LONGTEXT NOT NULL,
    CONSTRAINT fk_faq_search_item FOREIGN KEY (faq_item_id) REFERENCES faq_item (id) ON DELETE CASCADE
) ENGINE = InnoDB;
SET SESSION innodb_ft_enable_stopword = OFF;
CREATE FULLTEXT INDEX ix_faq_search_terms ON faq_search (terms);
