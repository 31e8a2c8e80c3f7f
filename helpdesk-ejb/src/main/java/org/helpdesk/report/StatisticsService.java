package org.helpdesk.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.settings.Logo;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.shared.DatabaseKind;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.ValidationException;

/**
 * Statistics with preview (OTRS "Estadísticas"), for agents with ro on the stats group: a measure of the
 * tickets' milestones over an X axis (days, weeks or months in the report's time zone, or a ticket
 * attribute) and an optional series, restricted to a period and queues. The database adds up by hour
 * (for time axes) or by attribute; the days, weeks and months of the zone are made here from the hours.
 */
@Stateless
@RolesAllowed("agent")
public class StatisticsService {

    /** At most this many categories of an attribute on the X axis, the largest; the series at most {@value #MAX_SERIES}. */
    public static final int MAX_CATEGORIES = 50;
    public static final int MAX_SERIES = 10;

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgentDirectory agents;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @EJB
    SettingsService settings;

    /** Sums of one cell: milestones, those with a target and those that met it, and the business minutes measured. */
    private static final class Cell {
        long count;
        long met;
        long measured;
        long minutes;
        long timed;
        final LongList times = new LongList();

        void add(Cell other) {
            count += other.count;
            met += other.met;
            measured += other.measured;
            minutes += other.minutes;
            timed += other.timed;
        }

        void addTime(long businessMinutes) {
            count++;
            times.add(businessMinutes);
        }

        Double value(Measure.Aggregate aggregate) {
            return switch (aggregate) {
                case COUNT -> (double) count;
                case MEAN -> timed == 0 ? null : Math.round(minutes * 10.0 / timed) / 10.0;
                case PERCENT_MET -> measured == 0 ? null : Math.round(met * 1000.0 / measured) / 10.0;
                case P90 -> {
                    Long p90 = times.durations().percentile(90);
                    yield p90 == null ? null : p90.doubleValue();
                }
            };
        }
    }

    public Statistic compute(StatisticRequest request, Locale locale) {
        agents.require(agents.current(context), AgentGroup.STATS, Permission.RO);
        if (request.measure() == null || request.axis() == null || request.period() == null) {
            throw new ValidationException(request.measure() == null ? "measure" : request.axis() == null ? "axis" : "from",
                    "validation.required");
        }
        if (request.series() != null && (request.series().isTime() || request.series() == request.axis())) {
            throw new ValidationException("series", "report.stats.seriesAttribute");
        }
        ZoneId zone = request.period().zone();
        Map<Object, Map<Long, Cell>> cells = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseKind kind = DatabaseKind.of(connection.getMetaData().getDatabaseProductName());
            String x = request.axis().isTime() ? hour(kind) : request.axis().attribute().column();
            String series = request.series() == null ? "NULL" : request.series().attribute().column();
            // percentiles need every time of a cell; the other measures are added up by the database
            boolean percentile = request.measure().aggregate() == Measure.Aggregate.P90;
            StringBuilder sql = new StringBuilder("SELECT ").append(x).append(", ").append(series).append(percentile
                    ? ", m.business_minutes"
                    : ", COUNT(*), SUM(CASE WHEN m.due_at IS NOT NULL AND m.occurred_at <= m.due_at THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN m.due_at IS NOT NULL THEN 1 ELSE 0 END), SUM(m.business_minutes), COUNT(m.business_minutes)")
                    .append(" FROM ticket_milestone m WHERE m.kind = ? AND m.occurred_at >= ? AND m.occurred_at < ?");
            if (percentile) {
                sql.append(" AND m.business_minutes IS NOT NULL");
            }
            if (request.measure() == Measure.MOVED_UP) {
                sql.append(" AND m.previous_tier = 1 AND m.tier > 1");
            }
            if (!request.queueIds().isEmpty()) {
                sql.append(" AND m.queue_id IN (").append(String.join(", ", Collections.nCopies(request.queueIds().size(), "?"))).append(")");
            }
            if (!percentile) {
                sql.append(" GROUP BY ").append(x).append(request.series() == null ? "" : ", " + series);
            }
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                int i = 1;
                select.setString(i++, request.measure().kind());
                select.setTimestamp(i++, Timestamp.valueOf(LocalDateTime.ofInstant(request.period().from(), ZoneOffset.UTC)));
                select.setTimestamp(i++, Timestamp.valueOf(LocalDateTime.ofInstant(request.period().to(), ZoneOffset.UTC)));
                for (Long queue : request.queueIds()) {
                    select.setLong(i++, queue);
                }
                select.setFetchSize(10_000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Object key = request.axis().isTime()
                                ? bucket(request.axis(), rows.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC).atZone(zone).toLocalDate())
                                : nullable(rows, 1);
                        if (percentile) {
                            cells.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(nullable(rows, 2), k -> new Cell())
                                    .addTime(rows.getLong(3));
                            continue;
                        }
                        Cell cell = new Cell();
                        cell.count = rows.getLong(3);
                        cell.met = rows.getLong(4);
                        cell.measured = rows.getLong(5);
                        cell.minutes = rows.getLong(6);
                        cell.timed = rows.getLong(7);
                        cells.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(nullable(rows, 2), k -> new Cell()).add(cell);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Statistic: " + e.getMessage(), e);
        }
        return assemble(request, cells, locale);
    }

    public byte[] csv(StatisticRequest request, Locale locale) {
        return StatisticDocuments.csv(compute(request, locale), locale);
    }

    public byte[] pdf(StatisticRequest request, StatisticDocuments.ChartType type, Locale locale) {
        Statistic statistic = compute(request, locale);
        byte[] logo = settings.logo(Logo.Kind.HEADER).map(Logo::getContent).orElse(null);
        return StatisticDocuments.pdf(settings.current().getProductName(), logo, statistic, type, locale);
    }

    private Statistic assemble(StatisticRequest request, Map<Object, Map<Long, Cell>> cells, Locale locale) {
        boolean truncated = false;
        List<Object> xKeys;
        if (request.axis().isTime()) {
            xKeys = new ArrayList<>();
            LocalDate last = request.period().lastDay();
            for (LocalDate day = bucket(request.axis(), request.period().firstDay()); !day.isAfter(last); day = next(request.axis(), day)) {
                xKeys.add(day);
            }
        } else {
            xKeys = largest(cells.keySet().stream().map(k -> (Object) k).toList(), k -> total(cells.get(k).values()));
            truncated = xKeys.size() > MAX_CATEGORIES;
            xKeys = xKeys.subList(0, Math.min(xKeys.size(), MAX_CATEGORIES));
        }
        Map<Long, Long> seriesTotals = new HashMap<>();
        cells.values().forEach(bySeries -> bySeries.forEach((s, c) -> seriesTotals.merge(s, c.count, Long::sum)));
        List<Long> seriesKeys = request.series() == null ? Collections.singletonList(null)
                : largest(new ArrayList<>(seriesTotals.keySet()), seriesTotals::get);
        truncated |= seriesKeys.size() > MAX_SERIES;
        seriesKeys = seriesKeys.subList(0, Math.min(seriesKeys.size(), MAX_SERIES));

        List<String> xLabels = request.axis().isTime() ? xKeys.stream().map(k -> timeLabel(request.axis(), (LocalDate) k, locale)).toList()
                : labels(request.axis().attribute(), xKeys.stream().map(k -> (Long) k).toList(), locale);
        List<String> seriesLabels = request.series() == null ? List.of(Messages.format(locale, "report.measure." + request.measure()))
                : labels(request.series().attribute(), seriesKeys, locale);
        List<List<Double>> values = new ArrayList<>();
        for (Object xKey : xKeys) {
            Map<Long, Cell> bySeries = cells.getOrDefault(xKey, Collections.emptyMap()); // takes a null key
            List<Double> row = new ArrayList<>();
            for (Long seriesKey : seriesKeys) {
                Cell cell = bySeries.get(seriesKey);
                row.add(cell == null ? (request.measure().aggregate() == Measure.Aggregate.COUNT ? 0.0 : null)
                        : cell.value(request.measure().aggregate()));
            }
            values.add(row);
        }
        return new Statistic(request, xLabels, seriesLabels, values, truncated);
    }

    private static <K> List<K> largest(List<K> keys, java.util.function.Function<K, Long> size) {
        List<K> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing((K k) -> size.apply(k)).reversed().thenComparing(k -> Objects.toString(k, "")));
        return sorted;
    }

    private static long total(Iterable<Cell> cells) {
        long total = 0;
        for (Cell cell : cells) {
            total += cell.count;
        }
        return total;
    }

    private List<String> labels(Grouping attribute, List<Long> keys, Locale locale) {
        Map<Long, String> names = new ReportLabels(em).of(attribute, new java.util.HashSet<>(keys));
        return keys.stream().map(k -> k == null ? Messages.format(locale, "report.none")
                : attribute == Grouping.TYPE ? Messages.catalogName(locale, "type.", names.getOrDefault(k, "#" + k)) : names.getOrDefault(k, "#" + k)).toList();
    }

    /** The first day of the day, week (Monday) or month that {@code day} is in. */
    static LocalDate bucket(Axis axis, LocalDate day) {
        return switch (axis) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    private static LocalDate next(Axis axis, LocalDate bucket) {
        return switch (axis) {
            case WEEK -> bucket.plusWeeks(1);
            case MONTH -> bucket.plusMonths(1);
            default -> bucket.plusDays(1);
        };
    }

    private static String timeLabel(Axis axis, LocalDate bucket, Locale locale) {
        Locale supported = Messages.supported(locale);
        return switch (axis) {
            case MONTH -> DateTimeFormatter.ofPattern("MMM yyyy", supported).format(bucket);
            case WEEK -> Messages.format(locale, "report.stats.week", DateTimeFormatter.ofPattern("dd/MM", supported).format(bucket));
            default -> DateTimeFormatter.ofPattern("dd/MM", supported).format(bucket);
        };
    }

    /** The hour a milestone happened in (UTC, as stored), in the database's own words. */
    private static String hour(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "date_trunc('hour', m.occurred_at)";
            case H2 -> "DATE_TRUNC('HOUR', m.occurred_at)";
            case MARIADB -> "CAST(DATE_FORMAT(m.occurred_at, '%Y-%m-%d %H:00:00') AS DATETIME)";
        };
    }

    private static Long nullable(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
