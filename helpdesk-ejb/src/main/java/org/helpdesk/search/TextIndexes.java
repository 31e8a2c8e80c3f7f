package org.helpdesk.search;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.DatabaseKind;

/** Chooses the {@link TextIndex} of tickets, and the {@link Faq} one, for the database Helpdesk runs on. */
@ApplicationScoped
class TextIndexes {

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Produces
    @ApplicationScoped
    TextIndex tickets() {
        return of(Corpus.TICKETS);
    }

    @Produces
    @ApplicationScoped
    @Faq
    TextIndex faq() {
        return of(Corpus.FAQ);
    }

    private TextIndex of(Corpus corpus) {
        return switch (DatabaseKind.of(dataSource)) {
            case POSTGRESQL -> new PostgresTextIndex(em, corpus);
            case MARIADB -> new MariaDbTextIndex(em, corpus);
            case H2 -> new H2TextIndex(em, corpus);
        };
    }
}
