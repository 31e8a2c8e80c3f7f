package org.helpdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.flywaydb.core.api.output.MigrateResult;
import org.helpdesk.auth.PasswordHash;
import org.helpdesk.setup.Migrations;
import org.helpdesk.shared.DatabaseKind;
import org.helpdesk.sla.BusinessCalendar;
import org.helpdesk.sla.CalendarSpec;
import org.helpdesk.sla.EscalationTargets;
import org.helpdesk.sla.EscalationTimes;
import org.helpdesk.sla.SlaTargets;
import org.helpdesk.sla.TicketClock;
import org.helpdesk.ticket.TicketNumber;

/**
 * Fills a Helpdesk database, through its real schema, with a desk's worth of data for the
 * benchmarks (issue #14): customer companies and users, agents, and N tickets with three articles,
 * four history entries and two to four milestones each (the reports' facts: opened, moved, first
 * answer, closed), spread over the last years, about 80 % of them closed. The
 * server keeps working on the data afterwards: the schema is created or upgraded first by
 * {@link Migrations#migrate}, ids are taken from the {@code id_generator} row the server uses, and
 * ticket numbers carry system id {@value #SYSTEM_ID} (the server's is another), so nothing collides.
 * Generated tickets are recognisable by {@code created_by = 'generator'}. The full-text index is
 * left to the server's backfill.
 * <p>
 * PostgreSQL gets the rows through COPY, H2 and MariaDB through batched multi-row INSERTs; the data
 * is the same for the same seed (and {@code generate.now}). Run with {@code mvn -Pgenerate} (see
 * helpdesk-ear/pom.xml); the settings are system properties:
 * <ul>
 * <li>{@code generate.url}, {@code generate.user}, {@code generate.password}: the JDBC database</li>
 * <li>{@code generate.tickets} (1,000,000), {@code generate.customers} (50,000),
 * {@code generate.companies} (2,000), {@code generate.agents} (50), {@code generate.years} (3)</li>
 * <li>{@code generate.seed} (42); {@code generate.now} (ISO instant, default the current time):
 * the end of the generated period</li>
 * <li>{@code generate.append} (false): without it the generator refuses a database that already
 * holds generated tickets</li>
 * <li>{@code generate.agentPassword}: a password for the generated agents
 * ({@code gen-agent-001}...); without it they cannot log in. The first, {@code gen-agent-001}, holds rw on
 * every group, administration included: the server makes no first administrator on a database that already
 * has agents</li>
 * <li>{@code generate.chunk} (50,000): tickets per transaction</li>
 * </ul>
 */
public final class DataGenerator {

    /** The creator of generated tickets: how they are told from real ones. */
    public static final String CREATOR = "generator";
    /** The system id in generated ticket numbers; servers use their own (HELPDESK_SYSTEM_ID, default 10). */
    public static final int SYSTEM_ID = 99;

    private static final ZoneId DESK_ZONE = ZoneId.of("America/Lima");
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final String SUPPORT_ADDRESS = "soporte@helpdesk.example";

    private final Config config;
    private final long now;
    private final long started = System.nanoTime();

    private final List<QueueInfo> queues = new ArrayList<>();
    private final List<Long> allGroups = new ArrayList<>();
    private final Map<String, List<StateInfo>> statesByType = new HashMap<>();
    private final List<long[]> types = new ArrayList<>(); // {id, weight}
    private final Map<Long, BusinessCalendar> calendars = new HashMap<>();
    private final Map<Long, List<Integer>> agentsByGroup = new HashMap<>();

    private Customer[] customers;
    private Agent[] agents;
    private final Map<Long, Integer> dayCounters = new HashMap<>();

    /** The settings of one run. */
    record Config(String url, String user, String password, int tickets, int customers, int companies, int agents,
            int years, long seed, Instant now, boolean append, String agentPassword, int chunk) {

        static Config fromSystemProperties() {
            String url = System.getProperty("generate.url");
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("Set the database: -Dgenerate.url=jdbc:postgresql://127.0.0.1:5432/helpdesk_bench "
                        + "(or jdbc:mariadb://..., jdbc:h2:file:...) with -Dgenerate.user and -Dgenerate.password");
            }
            String now = System.getProperty("generate.now", "");
            return new Config(url, System.getProperty("generate.user", ""), System.getProperty("generate.password", ""),
                    integer("generate.tickets", 1_000_000), integer("generate.customers", 50_000),
                    integer("generate.companies", 2_000), integer("generate.agents", 50), integer("generate.years", 3),
                    Long.parseLong(System.getProperty("generate.seed", "42")),
                    now.isBlank() ? Instant.now() : Instant.parse(now),
                    Boolean.parseBoolean(System.getProperty("generate.append", "false")),
                    emptyToNull(System.getProperty("generate.agentPassword")), integer("generate.chunk", 50_000));
        }

        private static int integer(String name, int fallback) {
            String value = System.getProperty(name, "");
            return value.isBlank() ? fallback : Integer.parseInt(value.replace("_", "").replace(",", ""));
        }

        private static String emptyToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    record QueueInfo(long id, String name, long groupId, int tier, Long calendarId, SlaTargets targets, int weight) {
    }

    record StateInfo(long id, String name, String type) {
    }

    record Customer(long id, String login, String email, String firstName, String lastName, Long companyId,
            boolean english) {
    }

    record Agent(long id, String login, String name) {
    }

    DataGenerator(Config config) {
        this.config = config;
        this.now = config.now().getEpochSecond();
    }

    public static void main(String[] args) throws Exception {
        new DataGenerator(Config.fromSystemProperties()).run();
    }

    void run() throws SQLException {
        DataSource dataSource = new SimpleDataSource(config.url(), config.user(), config.password());
        log("Migrating the schema of " + config.url());
        MigrateResult migrated = Migrations.migrate(dataSource);
        log(migrated.migrationsExecuted == 0 ? "Schema up to date"
                : "Schema at version " + migrated.targetSchemaVersion + " (" + migrated.migrationsExecuted + " migrations applied)");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            DatabaseKind kind = DatabaseKind.of(connection.getMetaData().getDatabaseProductName());
            if (kind == DatabaseKind.POSTGRESQL) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET synchronous_commit = off");
                }
            }
            long existing = countGenerated(connection);
            if (existing > 0 && !config.append()) {
                throw new IllegalStateException("The database already holds " + existing + " generated tickets (created_by = '"
                        + CREATOR + "'). Use a fresh database, or add -Dgenerate.append=true to add "
                        + config.tickets() + " more.");
            }
            loadCatalog(connection);
            if (existing > 0) {
                loadDayCounters(connection);
            }
            long total = (long) config.companies() + config.customers() + config.agents() + 12L * config.tickets();
            long firstId = reserveIds(connection, total);
            log("Reserved ids " + firstId + ".." + (firstId + total - 1) + " in id_generator");
            Rows.Sink sink = kind == DatabaseKind.POSTGRESQL ? CopyRows.sink(connection) : BatchRows.sink(connection);
            long next = firstId;
            next = insertCompanies(sink, next, existing);
            next = insertCustomers(sink, next, firstId, existing);
            next = insertAgents(sink, next, existing);
            connection.commit();
            log("Inserted " + config.companies() + " companies, " + config.customers() + " customers, " + config.agents()
                    + " agents");
            insertTickets(connection, sink, next, existing);
            log(kind == DatabaseKind.POSTGRESQL ? "VACUUM (ANALYZE)" : "Analyzing the tables");
            analyze(connection, kind);
            connection.commit();
            report(connection);
        }
    }

    private void log(String message) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("[generate %3d:%02d] %s%n", seconds / 60, seconds % 60, message);
        System.out.flush();
    }

    private static long countGenerated(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ticket WHERE created_by = '" + CREATOR + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The valid queues, states, types and calendars the tickets are spread over. */
    private void loadCatalog(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT id FROM agent_group ORDER BY id")) {
                while (rows.next()) {
                    allGroups.add(rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT id, time_zone, working_hours, holidays FROM service_calendar")) {
                while (rows.next()) {
                    String holidays = rows.getString(4);
                    calendars.put(rows.getLong(1), new BusinessCalendar(ZoneId.of(rows.getString(2)),
                            CalendarSpec.workingHours(rows.getString(3)), CalendarSpec.holidays(holidays),
                            CalendarSpec.yearlyHolidays(holidays)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT id, name, group_id, calendar_id, first_response_minutes, "
                    + "update_minutes, solution_minutes, warn_percent, tier FROM queue WHERE valid = TRUE ORDER BY id")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long calendarId = rows.getLong(4);
                    Long calendar = rows.wasNull() ? null : calendarId;
                    Integer first = (Integer) nullable(rows, 5);
                    Integer update = (Integer) nullable(rows, 6);
                    Integer solution = (Integer) nullable(rows, 7);
                    SlaTargets targets = first == null && update == null && solution == null ? null
                            : new SlaTargets(first, update, solution, rows.getInt(8));
                    // the seeded first-line queue gets most tickets, the escalation queue a third, others a few
                    int weight = id == 1 ? 60 : id == 2 ? 30 : 5;
                    queues.add(new QueueInfo(id, rows.getString(2), rows.getLong(3), rows.getInt(9), calendar, targets,
                            weight));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT id, name, state_type FROM ticket_state WHERE valid = TRUE ORDER BY id")) {
                while (rows.next()) {
                    statesByType.computeIfAbsent(rows.getString(3), t -> new ArrayList<>())
                            .add(new StateInfo(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT id, name FROM ticket_type WHERE valid = TRUE ORDER BY id")) {
                while (rows.next()) {
                    int weight = switch (rows.getString(2)) {
                        case "Incident" -> 60;
                        case "Service request" -> 28;
                        case "Problem" -> 8;
                        case "Major incident" -> 2;
                        default -> 4;
                    };
                    types.add(new long[] { rows.getLong(1), weight });
                }
            }
        }
        for (String type : List.of("NEW", "OPEN", "PENDING_REMINDER", "PENDING_AUTO", "CLOSED")) {
            if (!statesByType.containsKey(type)) {
                throw new IllegalStateException("No valid ticket state of type " + type);
            }
        }
        if (queues.isEmpty() || types.isEmpty()) {
            throw new IllegalStateException("No valid queue or ticket type");
        }
    }

    private static Object nullable(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    /** Appending: the day counters go on after the generated numbers already there. */
    private void loadDayCounters(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tn FROM ticket WHERE created_by = '" + CREATOR + "'")) {
            while (rows.next()) {
                String tn = rows.getString(1);
                if (tn.length() >= 16 && tn.startsWith(String.valueOf(SYSTEM_ID), 8)) {
                    long day = LocalDate.parse(tn.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE).toEpochDay();
                    int counter = Integer.parseInt(tn.substring(10, tn.length() - 1));
                    dayCounters.merge(day, counter, Math::max);
                }
            }
        }
    }

    /**
     * Takes {@code size} ids from the row EclipseLink's TABLE generator allocates from, in a
     * transaction of its own: the server's next block starts after them.
     */
    private static long reserveIds(Connection connection, long size) throws SQLException {
        long reserved = (size / 50 + 1) * 50;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE id_generator SET gen_value = gen_value + ? WHERE gen_name = 'ids'")) {
            update.setLong(1, reserved);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No 'ids' row in id_generator");
            }
        }
        long value;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT gen_value FROM id_generator WHERE gen_name = 'ids'")) {
            rows.next();
            value = rows.getLong(1);
        }
        connection.commit();
        return value - reserved + 1;
    }

    private SplittableRandom random(long stream, long index) {
        return new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index);
    }

    // ---- customers and agents ------------------------------------------------------------------------------

    private long[] companyIds;
    private String[] companyDomains;

    private long insertCompanies(Rows.Sink sink, long next, long salt) throws SQLException {
        companyIds = new long[config.companies()];
        companyDomains = new String[config.companies()];
        SplittableRandom random = random(1, salt);
        try (Rows rows = sink.open("customer_company", "id", "version", "code", "name", "street", "city", "country", "valid")) {
            for (int i = 0; i < config.companies(); i++) {
                long id = next++;
                String first = Texts.pick(Texts.COMPANY_WORDS, random);
                String second = Texts.pick(Texts.COMPANY_WORDS, random);
                String name = first + (first.equals(second) ? "" : " " + second) + " " + Texts.pick(Texts.COMPANY_FORMS, random);
                int city = random.nextInt(Texts.CITIES.length);
                companyIds[i] = id;
                companyDomains[i] = slug(first + second) + id % 1000 + (Texts.COUNTRIES[city].equals("Perú") ? ".com.pe"
                        : Texts.COUNTRIES[city].equals("España") ? ".es" : ".com");
                rows.add(id, 0L, "C" + id, name, Texts.pick(Texts.STREETS, random) + " " + (100 + random.nextInt(2900)),
                        Texts.CITIES[city], Texts.COUNTRIES[city], Boolean.TRUE);
            }
        }
        return next;
    }

    private long insertCustomers(Rows.Sink sink, long next, long firstId, long salt) throws SQLException {
        customers = new Customer[config.customers()];
        SplittableRandom random = random(2, salt);
        String[] freeMail = { "gmail.com", "hotmail.com", "outlook.com", "yahoo.es" };
        try (Rows rows = sink.open("customer_user", "id", "version", "login", "email", "email_key", "first_name", "last_name", "phone",
                "company_id", "language", "valid", "company_access", "activated")) {
            for (int i = 0; i < config.customers(); i++) {
                long id = next++;
                boolean english = random.nextInt(100) < 15;
                String first = Texts.pick(english ? Texts.FIRST_NAMES_EN : Texts.FIRST_NAMES_ES, random);
                String last = Texts.pick(english ? Texts.LAST_NAMES_EN : Texts.LAST_NAMES_ES, random);
                Long company = null;
                String domain;
                if (companyIds.length > 0 && random.nextInt(100) < 95) {
                    // big companies have many users: a skewed choice
                    int c = (int) (companyIds.length * Math.pow(random.nextDouble(), 2));
                    company = companyIds[c];
                    domain = companyDomains[c];
                } else {
                    domain = Texts.pick(freeMail, random);
                }
                String email = slug(first) + "." + slug(last) + "." + (id - firstId) + "@" + domain;
                customers[i] = new Customer(id, email, email, first, last, company, english);
                rows.add(id, 0L, email, email, email.toLowerCase(Locale.ROOT), first, last, "+51 1 " + (2000000 + random.nextInt(7999999)), company,
                        english ? "en" : "es", Boolean.TRUE, company != null && random.nextInt(100) < 20, Boolean.TRUE);
            }
        }
        return next;
    }

    private long insertAgents(Rows.Sink sink, long next, long salt) throws SQLException {
        agents = new Agent[config.agents()];
        SplittableRandom random = random(3, salt);
        String hash = config.agentPassword() == null ? null : PasswordHash.hash(config.agentPassword().toCharArray());
        List<Long> groups = new ArrayList<>(new LinkedHashSet<>(queues.stream().map(QueueInfo::groupId).toList()));
        String prefix = salt == 0 ? "gen-agent-" : "gen-agent-" + salt + "-";
        List<Object[]> grants = new ArrayList<>();
        List<Object[]> watches = new ArrayList<>();
        try (Rows rows = sink.open("agent", "id", "version", "login", "first_name", "last_name", "email", "language",
                "time_zone", "valid", "password_hash")) {
            for (int i = 0; i < config.agents(); i++) {
                long id = next++;
                String first = Texts.pick(Texts.FIRST_NAMES_ES, random);
                String last = Texts.pick(Texts.LAST_NAMES_ES, random);
                String login = prefix + String.format(Locale.ROOT, "%03d", i + 1);
                agents[i] = new Agent(id, login, first + " " + last);
                rows.add(id, 0L, login, first, last, login + "@helpdesk.example", "es", "America/Lima", Boolean.TRUE, hash);
                long group = groups.get(i % groups.size());
                agentsByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(i);
                if (i == 0 && salt == 0) {
                    // the desk's lead: rw on every group, administration included (the first start makes no
                    // administrator on a database that already has agents), and every queue as "my queues"
                    allGroups.forEach(every -> grants.add(new Object[] { id, every, "RW" }));
                    queues.forEach(queue -> watches.add(new Object[] { id, queue.id() }));
                } else {
                    grants.add(new Object[] { id, group, "RW" });
                    if (i % 5 == 0) {
                        // one agent in five (a team lead) chose the team's queues as "my queues"
                        queues.stream().filter(queue -> queue.groupId() == group).forEach(queue -> watches.add(new Object[] { id, queue.id() }));
                    }
                }
            }
        }
        // one table at a time: a connection runs one COPY
        try (Rows rows = sink.open("agent_group_permission", "agent_id", "group_id", "permission")) {
            for (Object[] grant : grants) {
                rows.add(grant);
            }
        }
        try (Rows rows = sink.open("agent_my_queue", "agent_id", "queue_id")) {
            for (Object[] watch : watches) {
                rows.add(watch);
            }
        }
        return next;
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    // ---- tickets -------------------------------------------------------------------------------------------

    /** Creation times spread over the years, more towards the present, mostly on weekdays in office hours. */
    private long[] creationTimes(long salt) {
        SplittableRandom random = random(4, salt);
        long span = config.years() * 365L * DAY;
        long start = now - span;
        long[] times = new long[config.tickets()];
        for (int i = 0; i < times.length; i++) {
            long t;
            do {
                // density grows linearly towards now: a desk that has been growing
                long day = (long) (Math.sqrt(random.nextDouble()) * (span / DAY));
                LocalDate date = LocalDateTime.ofEpochSecond(start + day * DAY, 0, ZoneOffset.UTC).toLocalDate();
                boolean weekend = date.getDayOfWeek().getValue() >= 6;
                if (weekend && random.nextInt(100) < 80) {
                    continue;
                }
                long secondOfDay = random.nextInt(100) < 85 ? 8 * HOUR + random.nextInt((int) (11 * HOUR))
                        : random.nextInt((int) DAY);
                t = ZonedDateTime.of(date.atStartOfDay(), DESK_ZONE).toEpochSecond() + secondOfDay;
                if (t < now - 10 * MINUTE) {
                    break;
                }
            } while (true);
            times[i] = t;
        }
        Arrays.sort(times);
        return times;
    }

    private void insertTickets(Connection connection, Rows.Sink sink, long firstId, long salt) throws SQLException {
        int n = config.tickets();
        long[] created = creationTimes(salt);
        log("Generating " + n + " tickets (" + 3L * n + " articles, " + 4L * n + " history entries)");
        long ticketBase = firstId;
        long articleBase = ticketBase + n;
        long historyBase = articleBase + 3L * n;
        long milestoneBase = historyBase + 4L * n;
        int open = 0;
        for (int from = 0; from < n; from += config.chunk()) {
            int to = Math.min(n, from + config.chunk());
            List<Generated> chunk = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                Generated ticket = generate(i, salt, created[i], ticketBase + i, articleBase + 3L * i, historyBase + 4L * i,
                        milestoneBase + 4L * i);
                open += ticket.isOpen ? 1 : 0;
                chunk.add(ticket);
            }
            write(sink, chunk);
            connection.commit();
            log(String.format(Locale.ROOT, "tickets %,d / %,d (%d %%), %,d open so far", to, n, 100L * to / n, open));
        }
        log(String.format(Locale.ROOT, "%,d tickets written, %,d of them open (%.1f %%)", n, open, 100.0 * open / n));
    }

    /** One generated ticket with its rows. */
    private static final class Generated {
        Object[] ticket;
        final Object[][] articles = new Object[3][];
        final Object[][] history = new Object[4][];
        final List<Object[]> milestones = new ArrayList<>(4);
        Object[] pendingSpell;
        boolean isOpen;
    }

    private static final String[] TICKET_COLUMNS = { "id", "version", "tn", "title", "queue_id", "state_id", "is_open",
        "priority", "type_id", "customer_user_id", "customer_company_id", "owner_id", "is_locked", "pending_until",
        "first_response_due", "update_due", "solution_due", "escalation_at", "closed_at", "first_response_at",
        "customer_contact_at", "agent_answered_last", "escalation_warning_at", "warning_raised_for",
        "escalation_raised_for", "escalation_event_at", "reminded_for", "created_at", "created_by", "changed_at",
        "changed_by" };
    private static final String[] ARTICLE_COLUMNS = { "id", "version", "ticket_id", "channel", "sender_type",
        "visible_for_customer", "from_address", "to_address", "subject", "body_plain", "message_id", "in_reply_to",
        "created_at", "created_by" };
    private static final String[] HISTORY_COLUMNS = { "id", "version", "ticket_id", "history_type", "detail", "created_at",
        "created_by", "notified" };

    private static final String[] MILESTONE_COLUMNS = { "id", "version", "ticket_id", "kind", "occurred_at", "open_after",
        "queue_id", "tier", "previous_tier", "priority", "type_id", "owner_id", "company_id", "due_at", "business_minutes" };

    private static void write(Rows.Sink sink, List<Generated> chunk) throws SQLException {
        try (Rows rows = sink.open("ticket", TICKET_COLUMNS)) {
            for (Generated g : chunk) {
                rows.add(g.ticket);
            }
        }
        try (Rows rows = sink.open("article", ARTICLE_COLUMNS)) {
            for (Generated g : chunk) {
                for (Object[] article : g.articles) {
                    rows.add(article);
                }
            }
        }
        try (Rows rows = sink.open("ticket_history", HISTORY_COLUMNS)) {
            for (Generated g : chunk) {
                for (Object[] entry : g.history) {
                    rows.add(entry);
                }
            }
        }
        try (Rows rows = sink.open("ticket_milestone", MILESTONE_COLUMNS)) {
            for (Generated g : chunk) {
                for (Object[] milestone : g.milestones) {
                    rows.add(milestone);
                }
            }
        }
        try (Rows rows = sink.open("ticket_pending_spell", "ticket_id", "position", "started_at", "ended_at")) {
            for (Generated g : chunk) {
                if (g.pendingSpell != null) {
                    rows.add(g.pendingSpell);
                }
            }
        }
    }

    /** The kind of an article, as the domain records it in the history (Ticket.historyTypeOf). */
    private static String historyType(String channel, boolean fromCustomer, boolean visible) {
        return switch (channel) {
            case "INTERNAL" -> "ADD_NOTE";
            case "PHONE" -> fromCustomer ? "PHONE_CALL_CUSTOMER" : "PHONE_CALL_AGENT";
            case "EMAIL" -> fromCustomer ? "EMAIL_CUSTOMER" : "EMAIL_AGENT";
            default -> fromCustomer ? "WEB_REQUEST_CUSTOMER" : visible ? "SEND_ANSWER" : "ADD_NOTE";
        };
    }

    private Generated generate(int index, long salt, long createdAt, long ticketId, long articleId, long historyId,
            long milestoneId) {
        SplittableRandom r = random(5, salt * 1_000_003L + index);
        Generated g = new Generated();
        Customer customer = customers[(int) (customers.length * Math.pow(r.nextDouble(), 1.5))];
        boolean en = customer.english();
        QueueInfo queue = weighted(queues, QueueInfo::weight, r);
        QueueInfo firstQueue = queues.get(0);
        long typeId = weightedType(r);
        int p = r.nextInt(100);
        int priority = p < 5 ? 1 : p < 22 ? 2 : p < 78 ? 3 : p < 95 ? 4 : 5;
        Texts.Topic topic = Texts.TOPICS[r.nextInt(Texts.TOPICS.length)];

        // state: old tickets are nearly all closed, recent ones mostly still open
        double ageDays = (now - createdAt) / (double) DAY;
        boolean isOpen = r.nextDouble() < 0.05 + 0.95 * Math.exp(-ageDays / 86);
        String stateType;
        if (!isOpen) {
            stateType = "CLOSED";
        } else {
            int s = r.nextInt(100);
            if (ageDays < 1) {
                stateType = s < 60 ? "NEW" : s < 90 ? "OPEN" : "PENDING_REMINDER";
            } else {
                stateType = s < 10 ? "NEW" : s < 65 ? "OPEN" : s < 87 ? "PENDING_REMINDER" : "PENDING_AUTO";
            }
        }
        StateInfo state = pickState(stateType, r);
        boolean isNew = stateType.equals("NEW");

        // the conversation's times: answer, follow-up, closing; squeezed into the past for recent tickets
        long t1 = createdAt;
        long d2 = 2 * MINUTE + (long) (-Math.log(1 - r.nextDouble()) * 3 * HOUR);
        long d3 = d2 + 5 * MINUTE + (long) (-Math.log(1 - r.nextDouble()) * 10 * HOUR);
        long d4 = d3 + 2 * MINUTE + (long) (-Math.log(1 - r.nextDouble()) * 6 * HOUR);
        long last = now - MINUTE;
        if (t1 + d4 > last) {
            double f = (last - t1) / (double) d4;
            d2 = (long) (d2 * f);
            d3 = (long) (d3 * f);
            d4 = (long) (d4 * f);
        }
        long t2 = t1 + d2;
        long t3 = t1 + d3;
        long closedAt = t1 + d4;

        Agent owner = null;
        List<Integer> group = agentsByGroup.get(queue.groupId());
        if (group != null && !group.isEmpty() && (!isNew || r.nextInt(100) < 30)) {
            owner = agents[group.get(r.nextInt(group.size()))];
        }
        Agent writer = owner != null ? owner : agents.length > 0 ? agents[r.nextInt(agents.length)] : null;
        String agentLogin = writer == null ? "system" : writer.login();
        String agentName = writer == null ? "Mesa de ayuda" : writer.name();

        // number and title
        long day = LocalDateTime.ofEpochSecond(createdAt, 0, ZoneOffset.UTC).atZone(ZoneOffset.UTC)
                .withZoneSameInstant(DESK_ZONE).toLocalDate().toEpochDay();
        int counter = dayCounters.merge(day, 1, Integer::sum);
        String number = TicketNumber.of(LocalDate.ofEpochDay(day), SYSTEM_ID, counter);
        StringBuilder text = new StringBuilder(512);
        Texts.fill(text, Texts.pick(en ? topic.titlesEn() : topic.titlesEs(), r), r, en, randomName(r, en));
        String title = text.toString();

        // articles: the customer's message, the agent's answer (or the customer's addition on a new ticket), and a
        // follow-up: the customer's thanks or complaint, or an internal note of the agent
        String channel1 = r.nextInt(100) < 55 ? "EMAIL" : r.nextInt(100) < 66 ? "WEB" : "PHONE";
        String customerName = customer.firstName() + " " + customer.lastName();
        boolean a2Agent = !isNew;
        String channel2 = a2Agent ? (channel1.equals("PHONE") ? "PHONE" : channel1.equals("EMAIL") ? "EMAIL" : "WEB") : channel1;
        boolean a3Note = r.nextInt(100) < (isNew ? 100 : 45);
        String channel3 = a3Note ? "INTERNAL" : channel1.equals("PHONE") ? "EMAIL" : channel1;

        String body1 = customerMessage(r, topic, en, customer);
        String body2 = a2Agent ? agentAnswer(r, topic, en, customer.firstName(), agentName, queue.name())
                : customerAddition(r, en, customerName);
        String body3 = a3Note ? agentNote(r, topic, en) : customerFollowUp(r, en, !isOpen, customerName);
        String reSubject = "RE: " + title;

        long a1 = articleId;
        long a2 = articleId + 1;
        long a3 = articleId + 2;
        String msg1 = channel1.equals("EMAIL") ? "<gen" + a1 + "@" + domainOf(customer.email()) + ">" : null;
        String msg2 = channel2.equals("EMAIL") ? "<gen" + a2 + "@helpdesk.example>" : null;
        String msg3 = channel3.equals("EMAIL") ? "<gen" + a3 + "@" + domainOf(customer.email()) + ">" : null;
        g.articles[0] = new Object[] { a1, 0L, ticketId, channel1, "CUSTOMER", Boolean.TRUE,
            channel1.equals("PHONE") ? null : customerName + " <" + customer.email() + ">",
            channel1.equals("EMAIL") ? SUPPORT_ADDRESS : null, title, body1, msg1, null, new Rows.Ts(t1), customer.login() };
        g.articles[1] = a2Agent
                ? new Object[] { a2, 0L, ticketId, channel2, "AGENT", Boolean.TRUE,
                    channel2.equals("PHONE") ? null : SUPPORT_ADDRESS,
                    channel2.equals("PHONE") ? null : customerName + " <" + customer.email() + ">", reSubject, body2, msg2, msg1,
                    new Rows.Ts(t2), agentLogin }
                : new Object[] { a2, 0L, ticketId, channel2, "CUSTOMER", Boolean.TRUE,
                    channel2.equals("PHONE") ? null : customerName + " <" + customer.email() + ">",
                    channel2.equals("EMAIL") ? SUPPORT_ADDRESS : null, reSubject, body2, msg2, msg1, new Rows.Ts(t2),
                    customer.login() };
        g.articles[2] = a3Note
                ? new Object[] { a3, 0L, ticketId, "INTERNAL", "AGENT", Boolean.FALSE, null, null,
                    en ? "Internal note" : "Nota interna", body3, null, null, new Rows.Ts(t3), agentLogin }
                : new Object[] { a3, 0L, ticketId, channel3, "CUSTOMER", Boolean.TRUE,
                    customerName + " <" + customer.email() + ">", channel3.equals("EMAIL") ? SUPPORT_ADDRESS : null,
                    "RE: " + reSubject, body3, msg3, msg2, new Rows.Ts(t3), customer.login() };

        // the clocks, as Ticket.addArticle keeps them (internal notes change nothing)
        Long firstResponseAt = a2Agent ? t2 : null;
        boolean agentAnsweredLast = a2Agent;
        Long customerContactAt = a2Agent ? null : t1;
        if (!a3Note) {
            customerContactAt = agentAnsweredLast || customerContactAt == null ? t3 : customerContactAt;
            agentAnsweredLast = false;
        }

        // history: registration, the first article, a move to the queue or the owner, the last change
        String historyBy1 = customer.login();
        long h = historyId;
        g.history[0] = new Object[] { h, 0L, ticketId, "NEW_TICKET",
            number + " | " + firstQueue.name() + " | "
                    + priority + " | " + statesByType.get("NEW").get(0).name(), new Rows.Ts(t1), historyBy1, Boolean.TRUE };
        g.history[1] = new Object[] { h + 1, 0L, ticketId, historyType(channel1, true, true), title, new Rows.Ts(t1), historyBy1,
            Boolean.TRUE };
        long tMove = t1 + (t2 - t1) / 2;
        if (queue != firstQueue) {
            g.history[2] = new Object[] { h + 2, 0L, ticketId, "MOVE", firstQueue.name() + " → " + queue.name(),
                new Rows.Ts(tMove), agentLogin, Boolean.TRUE };
        } else if (owner != null) {
            g.history[2] = new Object[] { h + 2, 0L, ticketId, "OWNER_UPDATE", owner.login(), new Rows.Ts(tMove), agentLogin,
                Boolean.TRUE };
        } else {
            g.history[2] = new Object[] { h + 2, 0L, ticketId, historyType(channel2, !a2Agent, true), reSubject, new Rows.Ts(t2),
                a2Agent ? agentLogin : customer.login(), Boolean.TRUE };
        }
        String openName = statesByType.get("OPEN").get(0).name();
        String newName = statesByType.get("NEW").get(0).name();
        long changedAt;
        String changedBy;
        Long pendingUntil = null;
        Long remindedFor = null;
        switch (stateType) {
            case "CLOSED" -> {
                changedAt = closedAt;
                changedBy = agentLogin;
                g.history[3] = new Object[] { h + 3, 0L, ticketId, "STATE_UPDATE", openName + " → " + state.name(),
                    new Rows.Ts(closedAt), agentLogin, Boolean.TRUE };
            }
            case "OPEN" -> {
                changedAt = t3;
                changedBy = a3Note ? agentLogin : customer.login();
                g.history[3] = new Object[] { h + 3, 0L, ticketId, "STATE_UPDATE", newName + " → " + state.name(),
                    new Rows.Ts(t2), agentLogin, Boolean.TRUE };
            }
            case "NEW" -> {
                changedAt = t3;
                changedBy = agentLogin;
                g.history[3] = new Object[] { h + 3, 0L, ticketId, "ADD_NOTE", g.articles[2][8], new Rows.Ts(t3), agentLogin,
                    Boolean.TRUE };
            }
            default -> { // pending
                changedAt = t3;
                changedBy = agentLogin;
                boolean reminderPassed = stateType.equals("PENDING_REMINDER") && r.nextInt(100) < 20;
                pendingUntil = reminderPassed ? t3 + (now - t3) / 2 : now + HOUR + r.nextLong(7 * DAY);
                remindedFor = reminderPassed ? pendingUntil : null;
                g.history[3] = new Object[] { h + 3, 0L, ticketId, "STATE_UPDATE", openName + " → " + state.name(),
                    new Rows.Ts(t3), agentLogin, Boolean.TRUE };
                g.pendingSpell = new Object[] { ticketId, 0, new Rows.Ts(t3), null };
            }
        }
        boolean locked = owner != null && isOpen && !isNew && r.nextInt(100) < 60;

        // escalation times with the domain's own computation, as the server would store them
        Long firstDue = null;
        Long updateDue = null;
        Long solutionDue = null;
        Long escalationAt = null;
        Long warningAt = null;
        Long warningRaised = null;
        Long escalationRaised = null;
        Long eventAt = null;
        if (isOpen && queue.targets() != null) {
            boolean pending = stateType.startsWith("PENDING");
            TicketClock clock = new TicketClock(Instant.ofEpochSecond(createdAt),
                    pending ? TicketClock.Phase.PENDING : TicketClock.Phase.OPEN, instant(firstResponseAt),
                    instant(customerContactAt), agentAnsweredLast, null,
                    pending ? List.of(new TicketClock.PendingInterval(Instant.ofEpochSecond(t3), null)) : List.of());
            BusinessCalendar hours = queue.calendarId() == null ? BusinessCalendar.always(ZoneOffset.UTC)
                    : calendars.get(queue.calendarId());
            EscalationTimes due = EscalationTargets.due(clock, queue.targets(), hours);
            EscalationTimes warn = EscalationTargets.warnings(clock, queue.targets(), hours);
            firstDue = seconds(due.firstResponse());
            updateDue = seconds(due.update());
            solutionDue = seconds(due.solution());
            escalationAt = seconds(due.earliest());
            warningAt = seconds(warn.earliest());
            // what is past was raised already (Ticket.raiseEscalations): the sweep finds what comes next
            if (escalationAt != null && escalationAt <= now) {
                escalationRaised = escalationAt;
                warningRaised = warningAt;
            } else if (warningAt != null && warningAt <= now) {
                warningRaised = warningAt;
            }
            Long warning = warningAt != null && !warningAt.equals(warningRaised)
                    && (escalationAt == null || warningAt < escalationAt) ? warningAt : null;
            Long breach = escalationAt != null && !escalationAt.equals(escalationRaised) ? escalationAt : null;
            if (warning == null || breach == null) {
                eventAt = warning == null ? breach : warning;
            } else {
                eventAt = Long.valueOf(Math.min(warning, breach));
            }
        }

        // milestones, as the domain writes them (Ticket.reach): opened in the first-line queue, moved, answered, closed
        BusinessCalendar hours = queue.calendarId() == null ? BusinessCalendar.always(ZoneOffset.UTC) : calendars.get(queue.calendarId());
        TicketClock opened = TicketClock.created(Instant.ofEpochSecond(createdAt));
        EscalationTimes targets = queue.targets() == null ? EscalationTimes.NONE : EscalationTargets.due(opened, queue.targets(), hours);
        Long ownerId = owner == null ? null : owner.id();
        long m = milestoneId;
        g.milestones.add(milestone(m++, ticketId, "OPENED", t1, true, firstQueue, null, priority, typeId, ownerId,
                customer.companyId(), null, null));
        if (queue != firstQueue) {
            g.milestones.add(milestone(m++, ticketId, "MOVED", tMove, true, queue, firstQueue.tier(), priority, typeId, ownerId,
                    customer.companyId(), null, null));
        }
        if (firstResponseAt != null) {
            g.milestones.add(milestone(m++, ticketId, "FIRST_RESPONSE", firstResponseAt, true, queue, null, priority, typeId,
                    ownerId, customer.companyId(), seconds(targets.firstResponse()),
                    EscalationTargets.elapsedMinutes(opened, Instant.ofEpochSecond(t1), Instant.ofEpochSecond(firstResponseAt), hours)));
        }
        if (!isOpen) {
            g.milestones.add(milestone(m, ticketId, "CLOSED", closedAt, false, queue, null, priority, typeId, ownerId,
                    customer.companyId(), seconds(targets.solution()),
                    EscalationTargets.elapsedMinutes(opened, Instant.ofEpochSecond(t1), Instant.ofEpochSecond(closedAt), hours)));
        }

        g.isOpen = isOpen;
        g.ticket = new Object[] { ticketId, 0L, number, title, queue.id(), state.id(), isOpen, priority, typeId, customer.id(),
            customer.companyId(), owner == null ? null : owner.id(), locked, ts(pendingUntil), ts(firstDue), ts(updateDue),
            ts(solutionDue), ts(escalationAt), isOpen ? null : new Rows.Ts(closedAt), ts(firstResponseAt),
            ts(customerContactAt), agentAnsweredLast, ts(warningAt), ts(warningRaised), ts(escalationRaised), ts(eventAt),
            ts(remindedFor), new Rows.Ts(createdAt), CREATOR, new Rows.Ts(changedAt), changedBy };
        return g;
    }

    private static Object[] milestone(long id, long ticketId, String kind, long at, boolean openAfter, QueueInfo queue,
            Integer previousTier, int priority, long typeId, Long ownerId, Long companyId, Long dueAt, Long minutes) {
        return new Object[] { id, 0L, ticketId, kind, new Rows.Ts(at), openAfter, queue.id(), queue.tier(), previousTier, priority,
            typeId, ownerId, companyId, ts(dueAt), minutes };
    }

    private static Rows.Ts ts(Long seconds) {
        return seconds == null ? null : new Rows.Ts(seconds);
    }

    private static Instant instant(Long seconds) {
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    private static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    private static String domainOf(String email) {
        return email.substring(email.indexOf('@') + 1);
    }

    private StateInfo pickState(String type, SplittableRandom r) {
        List<StateInfo> states = statesByType.get(type);
        if (type.equals("CLOSED") && states.size() > 1) {
            return r.nextInt(100) < 88 ? states.get(0) : states.get(1 + r.nextInt(states.size() - 1));
        }
        return states.get(r.nextInt(states.size()));
    }

    private long weightedType(SplittableRandom r) {
        long total = types.stream().mapToLong(t -> t[1]).sum();
        long x = r.nextLong(total);
        for (long[] type : types) {
            x -= type[1];
            if (x < 0) {
                return type[0];
            }
        }
        return types.get(0)[0];
    }

    private static <T> T weighted(List<T> items, java.util.function.ToIntFunction<T> weight, SplittableRandom r) {
        int total = items.stream().mapToInt(weight).sum();
        int x = r.nextInt(total);
        for (T item : items) {
            x -= weight.applyAsInt(item);
            if (x < 0) {
                return item;
            }
        }
        return items.get(0);
    }

    private static String randomName(SplittableRandom r, boolean en) {
        return Texts.pick(en ? Texts.FIRST_NAMES_EN : Texts.FIRST_NAMES_ES, r) + " "
                + Texts.pick(en ? Texts.LAST_NAMES_EN : Texts.LAST_NAMES_ES, r);
    }

    // ---- article texts -------------------------------------------------------------------------------------

    private static void sentence(StringBuilder out, String template, SplittableRandom r, boolean en) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
        }
        Texts.fill(out, template, r, en, randomName(r, en));
    }

    /** Rare tokens now and then: a serial number (one ticket), a project code name (a few hundred tickets). */
    private static void sprinkle(StringBuilder out, SplittableRandom r, boolean en) {
        if (r.nextInt(100) < 8) {
            sentence(out, en ? "The serial number is {serial}." : "El número de serie es {serial}.", r, en);
        }
        if (r.nextInt(1000) < 15) {
            String word = Texts.pick(Texts.RARE_WORDS, r);
            sentence(out, (en ? "This is for project " : "Es para el proyecto ")
                    + Character.toUpperCase(word.charAt(0)) + word.substring(1) + ".", r, en);
        }
        if (r.nextInt(100) < 10) {
            sentence(out, en ? "The affected server is {host}." : "El servidor afectado es {host}.", r, en);
        }
    }

    private static String customerMessage(SplittableRandom r, Texts.Topic topic, boolean en, Customer customer) {
        StringBuilder out = new StringBuilder(600);
        out.append(Texts.pick(en ? Texts.GREETING_EN : Texts.GREETING_ES, r)).append("\n\n");
        String[] problems = en ? topic.problemsEn() : topic.problemsEs();
        int first = r.nextInt(problems.length);
        sentence(out, problems[first], r, en);
        if (r.nextInt(100) < 70) {
            sentence(out, problems[(first + 1 + r.nextInt(problems.length - 1)) % problems.length], r, en);
        }
        String[] context = en ? Texts.CONTEXT_EN : Texts.CONTEXT_ES;
        for (int i = 2 + r.nextInt(3); i > 0; i--) {
            sentence(out, Texts.pick(context, r), r, en);
        }
        sprinkle(out, r, en);
        out.append("\n\n").append(Texts.pick(en ? Texts.CLOSING_EN : Texts.CLOSING_ES, r)).append('\n')
                .append(customer.firstName()).append(' ').append(customer.lastName());
        return out.toString();
    }

    private static String agentAnswer(SplittableRandom r, Texts.Topic topic, boolean en, String customerFirst,
            String agentName, String queueName) {
        StringBuilder out = new StringBuilder(600);
        out.append(en ? "Hello " : "Hola ").append(customerFirst).append(en ? ",\n\n" : ":\n\n");
        sentence(out, Texts.pick(en ? Texts.ACK_EN : Texts.ACK_ES, r), r, en);
        String[] fixes = en ? topic.fixesEn() : topic.fixesEs();
        int first = r.nextInt(fixes.length);
        sentence(out, fixes[first], r, en);
        if (r.nextInt(100) < 60) {
            sentence(out, fixes[(first + 1) % fixes.length], r, en);
        }
        sentence(out, Texts.pick(en ? Texts.EXPLAIN_EN : Texts.EXPLAIN_ES, r), r, en);
        sentence(out, Texts.pick(en ? Texts.ASK_EN : Texts.ASK_ES, r), r, en);
        sprinkle(out, r, en);
        out.append("\n\n").append(Texts.pick(en ? Texts.CLOSING_EN : Texts.CLOSING_ES, r)).append("\n--\n").append(agentName)
                .append('\n').append(queueName);
        return out.toString();
    }

    private static String customerAddition(SplittableRandom r, boolean en, String customerName) {
        StringBuilder out = new StringBuilder(300);
        out.append(en ? "Additional information: " : "Añado información: ");
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            sentence(out, Texts.pick(en ? Texts.CONTEXT_EN : Texts.CONTEXT_ES, r), r, en);
        }
        sprinkle(out, r, en);
        out.append("\n\n").append(customerName);
        return out.toString();
    }

    private static String customerFollowUp(SplittableRandom r, boolean en, boolean solved, String customerName) {
        StringBuilder out = new StringBuilder(300);
        sentence(out, Texts.pick(solved ? (en ? Texts.THANKS_EN : Texts.THANKS_ES) : (en ? Texts.STILL_EN : Texts.STILL_ES), r),
                r, en);
        for (int i = solved ? r.nextInt(2) : 1 + r.nextInt(2); i > 0; i--) {
            sentence(out, Texts.pick(en ? Texts.CONTEXT_EN : Texts.CONTEXT_ES, r), r, en);
        }
        sprinkle(out, r, en);
        out.append("\n\n").append(Texts.pick(en ? Texts.CLOSING_EN : Texts.CLOSING_ES, r)).append('\n').append(customerName);
        return out.toString();
    }

    private static String agentNote(SplittableRandom r, Texts.Topic topic, boolean en) {
        StringBuilder out = new StringBuilder(300);
        sentence(out, Texts.pick(en ? Texts.NOTE_EN : Texts.NOTE_ES, r), r, en);
        sentence(out, Texts.pick(en ? topic.fixesEn() : topic.fixesEs(), r), r, en);
        sentence(out, Texts.pick(en ? Texts.EXPLAIN_EN : Texts.EXPLAIN_ES, r), r, en);
        if (r.nextBoolean()) {
            sentence(out, en ? "Checked on {host}, error {code} in the log." : "Revisado en {host}, error {code} en el registro.",
                    r, en);
        }
        sprinkle(out, r, en);
        return out.toString();
    }

    // ---- the end -------------------------------------------------------------------------------------------

    private static void analyze(Connection connection, DatabaseKind kind) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            switch (kind) {
                case POSTGRESQL -> {
                    connection.commit();
                    connection.setAutoCommit(true);
                    // VACUUM too: it sets the visibility map, so index-only scans work from the start and autovacuum
                    // does not set in during the first measurements
                    statement.execute("VACUUM (ANALYZE)");
                    connection.setAutoCommit(false);
                }
                case MARIADB -> statement.execute("ANALYZE TABLE customer_company, customer_user, agent, ticket, article, "
                        + "ticket_history, ticket_pending_spell");
                case H2 -> statement.execute("ANALYZE");
            }
        }
    }

    private void report(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("customer_company", "customer_user", "agent", "ticket", "article", "ticket_history",
                    "ticket_pending_spell")) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    log(String.format(Locale.ROOT, "%-22s %,12d rows", table, rows.getLong(1)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT gen_value FROM id_generator WHERE gen_name = 'ids'")) {
                rows.next();
                log("id_generator 'ids' at " + rows.getLong(1));
            }
        }
        log("Done");
    }
}
