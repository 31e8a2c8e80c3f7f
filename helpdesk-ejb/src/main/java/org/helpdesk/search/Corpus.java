package org.helpdesk.search;

/**
 * What a {@link TextIndex} indexes: the table of the documents, and the index's own tables, whose rows
 * refer to a document by {@link #key}. Every corpus is kept the same way on a given database.
 */
enum Corpus {

    TICKETS("ticket", "ticket_search", "ticket_term", "ticket_id"),
    FAQ("faq_item", "faq_search", "faq_term", "faq_item_id");

    /** The documents' table. */
    final String documents;
    /** One row per indexed document (with the terms, where the database keeps them in one column). */
    final String search;
    /** One row per term and document (H2 only). */
    final String terms;
    /** The column of {@link #search} and {@link #terms} holding the document's id. */
    final String key;

    Corpus(String documents, String search, String terms, String key) {
        this.documents = documents;
        this.search = search;
        this.terms = terms;
        this.key = key;
    }
}
