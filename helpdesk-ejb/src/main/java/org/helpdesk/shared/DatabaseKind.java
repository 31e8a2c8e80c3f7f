package org.helpdesk.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** The databases Helpdesk runs on; where their SQL differs (migrations, full-text search), code asks which one it has. */
public enum DatabaseKind {
    POSTGRESQL,
    MARIADB,
    H2;

    /** The kind of database behind {@code dataSource}, from its JDBC metadata. */
    public static DatabaseKind of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the Helpdesk database", e);
        }
    }

    /** The kind for a JDBC product name ("PostgreSQL", "MariaDB", "MySQL", "H2"). */
    public static DatabaseKind of(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        }
        if (name.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("Unsupported database: " + productName);
    }

    /** The lower-case name migrations for this database alone live under ({@code db/postgresql}...). */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
