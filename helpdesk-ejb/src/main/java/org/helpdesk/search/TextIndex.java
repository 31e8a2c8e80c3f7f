package org.helpdesk.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A full-text index: for each document the {@link TextAnalyzer terms} of its text. Tickets are
 * indexed with their title, articles and attachment names; FAQ articles (the {@link Faq} index) with
 * their title, keywords, symptom and solution. A document's text that only some of its readers may
 * read (a ticket's internal notes, for agents only) is kept apart ({@link #terms(Set, Set)}): a search
 * says which {@link Part} it reads, so a customer's search never finds a ticket by a word of a note.
 * Each database keeps it its own way (a GIN-indexed tsvector on PostgreSQL, an InnoDB FULLTEXT index on MariaDB, a term table on H2); callers see only this.
 * Writes take part in the caller's transaction, so a document is found as soon as it commits.
 * Terms come from {@link TextAnalyzer} only: they hold nothing but {@code a-z}, {@code 0-9} and
 * {@code _}, which is what lets the implementations write them into SQL.
 */
public interface TextIndex {

    /** Which of a document's text a search reads. */
    enum Part {
        /** What every reader of the document may read: a ticket's articles for the customer, all of an FAQ article. */
        SHARED,
        /** That and the text only agents read: a ticket's internal notes. */
        ALL
    }

    /** What marks a term of the text only agents read: no {@link TextAnalyzer} term starts with it. */
    String INTERNAL = "_";

    /**
     * The terms to index for a document with {@code shared} text (everybody who reads the document reads it) and
     * {@code internal} text: a term of the internal text only is kept {@link #INTERNAL marked}.
     */
    static Set<String> terms(Set<String> shared, Set<String> internal) {
        Set<String> terms = new LinkedHashSet<>(shared);
        internal.stream().filter(term -> !shared.contains(term)).forEach(term -> terms.add(INTERNAL + term));
        return terms;
    }

    /** Replaces what the index holds for the document with {@code terms}. */
    void put(long id, Set<String> terms);

    /**
     * Adds {@code terms} to what the index holds for the document (a ticket's answer, a follow-up). The document keeps
     * the analyzer version it was indexed with, so one indexed by an older analyzer is still indexed again by the
     * backfill; one the index did not hold yet is marked {@link #INCOMPLETE} for the backfill.
     */
    void add(long id, Set<String> terms);

    /** The analyzer version of a document the index holds only part of: the backfill indexes it in full. */
    int INCOMPLETE = 0;

    /**
     * A JPQL condition that holds when the {@code part} of the document whose id is at {@code idPath} (e.g.
     * {@code t.id}) contains every one of the {@code terms}, written so the database drives it from its index.
     */
    String matching(String idPath, Set<String> terms, Part part);

    /** As {@link #matching}, but the document needs only one of the {@code terms}. */
    String matchingAny(String idPath, Set<String> terms, Part part);

    /**
     * For each of the documents {@code ids} the index holds, how many of the {@code terms} its {@code part} holds:
     * one statement that reads those documents' rows by their key, never the index of a term.
     */
    Map<Long, Integer> counts(Collection<Long> ids, Set<String> terms, Part part);

    /**
     * Brings the database's statistics of the index up to date after many documents were indexed at once:
     * without them PostgreSQL guesses how common a word is and may read every document for a rare one.
     */
    void analyze();

    /** Up to {@code max} ids, ascending, above {@code afterId}, of documents the current analyzer has not indexed. */
    List<Long> unindexed(long afterId, int max);

    /**
     * Throws when a term could not have come from {@link TextAnalyzer} (or be one {@link #INTERNAL marked}): nothing
     * else may reach the SQL.
     */
    static String checked(String term) {
        if (term.isEmpty() || term.length() > INTERNAL.length() + TextAnalyzer.MAX_TERM || !term.chars()
                .allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
            throw new IllegalArgumentException("Not a search term: " + term);
        }
        return term;
    }
}
