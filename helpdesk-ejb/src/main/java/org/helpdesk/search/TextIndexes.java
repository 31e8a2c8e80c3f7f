package org.helpdesk.search;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.DatabaseKind;

/** Chooses the {@link TextIndex} for the database Helpdesk runs on. */
@ApplicationScoped
class TextIndexes {

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Produces
    @ApplicationScoped
    TextIndex index() {
        return switch (DatabaseKind.of(dataSource)) {
            case POSTGRESQL -> new PostgresTextIndex(em);
            case MARIADB -> new MariaDbTextIndex(em);
            case H2 -> new H2TextIndex(em);
        };
    }
}
