-- FAQ / knowledge base (issue #17): articles in a tree of categories, every saved change kept as a
-- revision, attachments, links to the tickets they solved, "was it useful?" counts, and the
-- openings of an article suggested on the portal's new-ticket form (a deflection when no ticket
-- followed). The full-text index of the articles comes with the next, database-specific version.
CREATE TABLE faq_category (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL DEFAULT 0,
    name      VARCHAR(200) NOT NULL,
    parent_id BIGINT,
    valid     BOOLEAN      NOT NULL,
    CONSTRAINT fk_faq_category_parent FOREIGN KEY (parent_id) REFERENCES faq_category (id)
);

CREATE TABLE faq_item (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    title        VARCHAR(255)  NOT NULL,
    symptom      ${text},
    solution     ${text}       NOT NULL,
    keywords     VARCHAR(500),
    category_id  BIGINT        NOT NULL,
    language     VARCHAR(10)   NOT NULL,
    visibility   VARCHAR(10)   NOT NULL,
    valid        BOOLEAN       NOT NULL,
    approved     BOOLEAN       NOT NULL,
    revision     INT           NOT NULL,
    created_at   ${timestamp}  NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    changed_at   ${timestamp}  NOT NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    helpful_yes  INT           NOT NULL DEFAULT 0,
    helpful_no   INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_faq_item_category FOREIGN KEY (category_id) REFERENCES faq_category (id)
);
CREATE INDEX ix_faq_item_category ON faq_item (category_id);

CREATE TABLE faq_revision (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    faq_item_id  BIGINT        NOT NULL,
    revision     INT           NOT NULL,
    title        VARCHAR(255)  NOT NULL,
    symptom      ${text},
    solution     ${text}       NOT NULL,
    keywords     VARCHAR(500),
    category_id  BIGINT        NOT NULL,
    language     VARCHAR(10)   NOT NULL,
    visibility   VARCHAR(10)   NOT NULL,
    valid        BOOLEAN       NOT NULL,
    changed_at   ${timestamp}  NOT NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_faq_revision UNIQUE (faq_item_id, revision),
    CONSTRAINT fk_faq_revision_item FOREIGN KEY (faq_item_id) REFERENCES faq_item (id) ON DELETE CASCADE
);

CREATE TABLE faq_attachment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    faq_item_id  BIGINT        NOT NULL,
    filename     VARCHAR(250)  NOT NULL,
    content_type VARCHAR(250)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    content      ${blob}       NOT NULL,
    CONSTRAINT fk_faq_attachment_item FOREIGN KEY (faq_item_id) REFERENCES faq_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_faq_attachment_item ON faq_attachment (faq_item_id);

CREATE TABLE faq_ticket_link (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    faq_item_id  BIGINT        NOT NULL,
    ticket_id    BIGINT        NOT NULL,
    linked_at    ${timestamp}  NOT NULL,
    linked_by    VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_faq_ticket_link UNIQUE (faq_item_id, ticket_id),
    CONSTRAINT fk_faq_link_item FOREIGN KEY (faq_item_id) REFERENCES faq_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_faq_link_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
);
CREATE INDEX ix_faq_link_ticket ON faq_ticket_link (ticket_id);

CREATE TABLE faq_suggestion_open (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    faq_item_id  BIGINT        NOT NULL,
    customer_id  BIGINT        NOT NULL,
    opened_at    ${timestamp}  NOT NULL,
    ticket_id    BIGINT,
    CONSTRAINT fk_faq_open_item FOREIGN KEY (faq_item_id) REFERENCES faq_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_faq_open_customer FOREIGN KEY (customer_id) REFERENCES customer_user (id)
);
CREATE INDEX ix_faq_open_item ON faq_suggestion_open (faq_item_id, ticket_id);
CREATE INDEX ix_faq_open_customer ON faq_suggestion_open (customer_id, opened_at);

ALTER TABLE system_settings ADD faq_approval BOOLEAN NOT NULL DEFAULT FALSE;

INSERT INTO faq_category (id, version, name, parent_id, valid) VALUES (1, 0, 'General', NULL, TRUE);
