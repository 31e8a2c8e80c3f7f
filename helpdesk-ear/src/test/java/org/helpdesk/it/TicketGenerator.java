package org.helpdesk.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import javax.sql.DataSource;

import org.helpdesk.ticket.TicketNumber;

/**
 * Fills the database with realistic-looking tickets for benchmarks, fast, with plain JDBC
 * batches: customers, and tickets in the two seeded queues with one article and one history
 * entry each, spread over two years, most of them closed. Generated tickets carry system id 99 in
 * their numbers and {@code generator} as creator, so they never collide with real ones and can
 * be counted.
 */
public final class TicketGenerator {

    static final String CREATOR = "generator";
    private static final int SYSTEM_ID = 99;
    private static final int BATCH = 1000;
    private static final int CUSTOMERS = 500;
    private static final String[] SUBJECTS = { "No hay internet", "Impresora sin tóner", "Olvidé mi contraseña",
            "Correo no sincroniza", "VPN no conecta", "Pantalla azul", "Instalar Office", "Red lenta",
            "Teléfono IP sin tono", "Acceso a carpeta compartida" };

    private final DataSource dataSource;
    private final Random random = new Random(42);

    public TicketGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds generated tickets until there are {@code wanted} of them; returns how many were added. */
    public int ensure(int wanted) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int existing = count(connection);
            int missing = wanted - existing;
            if (missing <= 0) {
                return 0;
            }
            long firstId = reserveIds(connection, CUSTOMERS + 3L * missing);
            long customerBase = firstId;
            insertCustomers(connection, customerBase);
            insertTickets(connection, firstId + CUSTOMERS, existing, missing, customerBase);
            connection.commit();
            return missing;
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ticket WHERE created_by = '" + CREATOR + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Takes a block of ids from the same generator the application uses, so nothing collides. */
    private static long reserveIds(Connection connection, long size) throws SQLException {
        long blocks = (size / 50 + 1) * 50;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE id_generator SET gen_value = gen_value + ? WHERE gen_name = 'ids'")) {
            update.setLong(1, blocks);
            update.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT gen_value FROM id_generator WHERE gen_name = 'ids'")) {
            rows.next();
            return rows.getLong(1) - blocks + 1;
        }
    }

    private void insertCustomers(Connection connection, long base) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customer_user (id, version, login, email, "
                + "email_key, first_name, last_name, language, valid) VALUES (?, 0, ?, ?, ?, ?, ?, 'es', TRUE)")) {
            for (int i = 0; i < CUSTOMERS; i++) {
                long id = base + i;
                insert.setLong(1, id);
                insert.setString(2, "gen-" + id);
                insert.setString(3, "gen-" + id + "@clientes.example");
                insert.setString(4, "gen-" + id + "@clientes.example");
                insert.setString(5, "Cliente");
                insert.setString(6, "Generado " + id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertTickets(Connection connection, long base, int existing, int missing, long customerBase)
            throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement ticket = connection.prepareStatement("INSERT INTO ticket (id, version, tn, title, queue_id, "
                + "state_id, priority, type_id, customer_user_id, is_locked, created_at, created_by, changed_at, changed_by, "
                + "closed_at) VALUES (?, 0, ?, ?, ?, ?, ?, 1, ?, FALSE, ?, '" + CREATOR + "', ?, '" + CREATOR + "', ?)");
                PreparedStatement article = connection.prepareStatement("INSERT INTO article (id, version, ticket_id, "
                        + "channel, sender_type, visible_for_customer, subject, body_plain, created_at, created_by) "
                        + "VALUES (?, 0, ?, 'PHONE', 'CUSTOMER', TRUE, ?, ?, ?, '" + CREATOR + "')");
                PreparedStatement history = connection.prepareStatement("INSERT INTO ticket_history (id, version, ticket_id, "
                        + "history_type, detail, created_at, created_by) VALUES (?, 0, ?, 'NEW_TICKET', ?, ?, '" + CREATOR + "')")) {
            for (int i = 0; i < missing; i++) {
                long id = base + 3L * i;
                int n = existing + i + 1;
                LocalDateTime created = now.minusMinutes(random.nextInt(2 * 365 * 24 * 60));
                boolean closed = random.nextInt(100) < 80;
                long state = closed ? 6 : 1 + random.nextInt(2);
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)] + " #" + n;
                String number = TicketNumber.of(LocalDate.of(2000, 1, 1).plusDays(n / 90_000), SYSTEM_ID, n % 90_000 + 1);
                ticket.setLong(1, id);
                ticket.setString(2, number);
                ticket.setString(3, subject);
                ticket.setLong(4, random.nextInt(100) < 70 ? 1 : 2);
                ticket.setLong(5, state);
                ticket.setInt(6, 1 + random.nextInt(5));
                ticket.setLong(7, customerBase + random.nextInt(CUSTOMERS));
                ticket.setTimestamp(8, Timestamp.valueOf(created));
                ticket.setTimestamp(9, Timestamp.valueOf(created));
                ticket.setTimestamp(10, closed ? Timestamp.valueOf(created.plusHours(4)) : null);
                ticket.addBatch();
                article.setLong(1, id + 1);
                article.setLong(2, id);
                article.setString(3, subject);
                article.setString(4, "Texto generado para la prueba de rendimiento del ticket " + n + ".");
                article.setTimestamp(5, Timestamp.valueOf(created));
                article.addBatch();
                history.setLong(1, id + 2);
                history.setLong(2, id);
                history.setString(3, number);
                history.setTimestamp(4, Timestamp.valueOf(created));
                history.addBatch();
                if ((i + 1) % BATCH == 0 || i == missing - 1) {
                    ticket.executeBatch();
                    article.executeBatch();
                    history.executeBatch();
                }
            }
        }
    }
}
