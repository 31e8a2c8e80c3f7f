package org.helpdesk.setup;

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
import org.helpdesk.shared.DatabaseKind;

/**
 * Brings the database schema up to date when Helpdesk starts, with the versioned migrations in
 * {@code db/migration}. The same scripts serve H2, PostgreSQL and MariaDB; the few column types
 * that differ are placeholders filled in here, and what one database does its own way (the
 * full-text index) lives in that database's folder ({@code db/postgresql}, {@code db/mariadb},
 * {@code db/h2}) under the same version number.
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
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
    }

    /**
     * Brings the database behind {@code dataSource} to the current schema: the migrations all databases
     * share ({@code db/migration}) and those of its kind alone ({@code db/postgresql}...). The data
     * generator (see BENCHMARKS.md) creates its schema through here too.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        DatabaseKind kind = DatabaseKind.of(dataSource);
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/" + kind.folder())
                .placeholders(columnTypes(kind))
                // EJB timers and batch jobs keep their own tables in the same database.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    static Map<String, String> columnTypes(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> Map.of("text", "TEXT", "blob", "BYTEA", "timestamp", "TIMESTAMP");
            case MARIADB -> Map.of("text", "LONGTEXT", "blob", "LONGBLOB", "timestamp", "DATETIME(6)");
            case H2 -> Map.of("text", "CLOB", "blob", "BLOB", "timestamp", "TIMESTAMP");
        };
    }
}
