package org.helpdesk.setup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when Helpdesk starts, with the versioned migrations in
 * {@code db/migration}. The same scripts serve H2, PostgreSQL and MariaDB; the few column types
 * that differ are placeholders filled in here.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(columnTypes(databaseProduct()))
                // EJB timers and batch jobs keep their own tables in the same database.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the Helpdesk database", e);
        }
    }

    static Map<String, String> columnTypes(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return Map.of("text", "TEXT", "blob", "BYTEA", "timestamp", "TIMESTAMP");
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return Map.of("text", "LONGTEXT", "blob", "LONGBLOB", "timestamp", "DATETIME(6)");
        }
        if (name.contains("h2")) {
            return Map.of("text", "CLOB", "blob", "BLOB", "timestamp", "TIMESTAMP");
        }
        throw new IllegalStateException("Unsupported database: " + product);
    }
}
