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
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.field.DynamicField;
import org.helpdesk.field.FieldType;
import org.helpdesk.shared.DatabaseKind;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.TicketPriority;
import org.helpdesk.ticket.TicketState;

/**
 * Computes statistics (see {@link StatisticsService}, which checks who may see them): measures of the
 * tickets' milestones (or the tickets open now) over an X axis (days, weeks or months in the period's time
 * zone, or a ticket attribute: queue... state, a dropdown dynamic field) and an optional series, restricted
 * to a period, queues and the tickets' states; several measures can be compared side by side. The database
 * adds up by hour (for time axes) or by attribute; the days, weeks and months of the zone are made here.
 */
@ApplicationScoped
public class StatisticEngine {

    /** At most this many categories of an attribute on the X axis, the largest; the series at most {@value #MAX_SERIES}. */
    public static final int MAX_CATEGORIES = 50;
    public static final int MAX_SERIES = 10;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

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

    /** The statistic; the caller has checked who may see it. */
    Statistic compute(StatisticRequest request, Locale locale) {
        DynamicField field = check(request);
        List<Map<Object, Map<Object, Cell>>> byMeasure = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseKind kind = DatabaseKind.of(connection.getMetaData().getDatabaseProductName());
            for (Measure measure : request.measures()) {
                byMeasure.add(cells(connection, kind, request, measure));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Statistic: " + e.getMessage(), e);
        }
        return assemble(request, field, byMeasure, locale);
    }

    /** What the form cannot tell; the dropdown field an axis or the series runs over, if one does. */
    private DynamicField check(StatisticRequest request) {
        if (request.measures().isEmpty() || request.axis() == null || request.period() == null) {
            throw new ValidationException(request.measures().isEmpty() ? "measures" : request.axis() == null ? "axis" : "from",
                    "validation.required");
        }
        if (request.measures().size() > StatisticRequest.MAX_MEASURES) {
            throw new ValidationException("measures", "report.stats.tooManyMeasures", StatisticRequest.MAX_MEASURES);
        }
        if (request.series() != null && (request.series().isTime() || request.series() == request.axis())) {
            throw new ValidationException("series", "report.stats.seriesAttribute");
        }
        if (request.series() != null && request.comparesMeasures()) {
            throw new ValidationException("series", "report.stats.seriesOrMeasures");
        }
        if (request.axis().isTime() && request.measures().contains(Measure.OPEN_NOW)) {
            throw new ValidationException("axis", "report.stats.openNowByAttribute");
        }
        if (request.axis() != Axis.FIELD && request.series() != Axis.FIELD) {
            return null;
        }
        DynamicField field = request.fieldId() == null ? null : em.find(DynamicField.class, request.fieldId());
        if (field == null || field.getType() != FieldType.DROPDOWN) {
            throw new ValidationException("fieldId", "report.stats.fieldDropdown");
        }
        return field;
    }

    /**
     * One measure's cells by X and series key: added up by the database, or for a percentile every time
     * of a cell read. Milestone measures read {@code ticket_milestone} (joined to the ticket for its state),
     * "open now" the open tickets.
     */
    private static Map<Object, Map<Object, Cell>> cells(Connection connection, DatabaseKind kind, StatisticRequest request, Measure measure)
            throws SQLException {
        boolean milestones = measure.kind() != null;
        boolean percentile = measure.aggregate() == Measure.Aggregate.P90;
        boolean byField = request.axis() == Axis.FIELD || request.series() == Axis.FIELD;
        boolean byState = request.axis() == Axis.STATE || request.series() == Axis.STATE || !request.stateIds().isEmpty();
        String x = request.axis().isTime() ? hour(kind) : request.axis().column(milestones);
        String series = request.series() == null ? "NULL" : request.series().column(milestones);
        StringBuilder sql = new StringBuilder("SELECT ").append(x).append(", ").append(series);
        if (percentile) {
            sql.append(", m.business_minutes");
        } else if (milestones) {
            sql.append(", COUNT(*), SUM(CASE WHEN m.due_at IS NOT NULL AND m.occurred_at <= m.due_at THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN m.due_at IS NOT NULL THEN 1 ELSE 0 END), SUM(m.business_minutes), COUNT(m.business_minutes)");
        } else {
            sql.append(", COUNT(*), 0, 0, 0, 0");
        }
        if (milestones) {
            sql.append(" FROM ticket_milestone m").append(byState ? " JOIN ticket t ON t.id = m.ticket_id" : "");
        } else {
            sql.append(" FROM ticket t");
        }
        if (byField) {
            sql.append(" LEFT JOIN dynamic_field_value f ON f.ticket_id = ").append(milestones ? "m.ticket_id" : "t.id")
                    .append(" AND f.field_id = ?");
        }
        if (milestones) {
            sql.append(" WHERE m.kind = ? AND m.occurred_at >= ? AND m.occurred_at < ?").append(measure.condition())
                    .append(percentile ? " AND m.business_minutes IS NOT NULL" : "");
        } else {
            sql.append(" WHERE t.is_open = ?");
        }
        in(sql, milestones ? "m.queue_id" : "t.queue_id", request.queueIds());
        in(sql, "t.state_id", request.stateIds());
        if (!percentile) {
            sql.append(" GROUP BY ").append(x).append(request.series() == null ? "" : ", " + series);
        }
        Map<Object, Map<Object, Cell>> cells = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int i = 1;
            if (byField) {
                select.setLong(i++, request.fieldId());
            }
            if (milestones) {
                select.setString(i++, measure.kind());
                select.setTimestamp(i++, Timestamp.valueOf(LocalDateTime.ofInstant(request.period().from(), ZoneOffset.UTC)));
                select.setTimestamp(i++, Timestamp.valueOf(LocalDateTime.ofInstant(request.period().to(), ZoneOffset.UTC)));
            } else {
                select.setBoolean(i++, true);
            }
            for (Long id : request.queueIds()) {
                select.setLong(i++, id);
            }
            for (Long id : request.stateIds()) {
                select.setLong(i++, id);
            }
            select.setFetchSize(10_000);
            ZoneId zone = request.period().zone();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Object key = request.axis().isTime()
                            ? bucket(request.axis(), rows.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC).atZone(zone).toLocalDate())
                            : key(rows, 1, request.axis());
                    Cell cell = cells.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(key(rows, 2, request.series()), k -> new Cell());
                    if (percentile) {
                        cell.addTime(rows.getLong(3));
                    } else {
                        cell.count += rows.getLong(3);
                        cell.met += rows.getLong(4);
                        cell.measured += rows.getLong(5);
                        cell.minutes += rows.getLong(6);
                        cell.timed += rows.getLong(7);
                    }
                }
            }
        }
        return cells;
    }

    private static void in(StringBuilder sql, String column, List<Long> ids) {
        if (!ids.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", Collections.nCopies(ids.size(), "?"))).append(")");
        }
    }

    /** A category of an attribute: the field's text, otherwise an id (a priority's level); null for none. */
    private static Object key(ResultSet rows, int column, Axis axis) throws SQLException {
        if (axis == Axis.FIELD) {
            return rows.getString(column);
        }
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private Statistic assemble(StatisticRequest request, DynamicField field, List<Map<Object, Map<Object, Cell>>> byMeasure, Locale locale) {
        List<Measure> measures = request.measures();
        // compared measures are the series, keyed by their position; otherwise the one measure's attribute series
        Map<Object, Map<Object, Cell>> cells = byMeasure.get(0);
        if (request.comparesMeasures()) {
            cells = new HashMap<>();
            for (int m = 0; m < byMeasure.size(); m++) {
                for (Map.Entry<Object, Map<Object, Cell>> x : byMeasure.get(m).entrySet()) {
                    Cell sum = new Cell();
                    x.getValue().values().forEach(sum::add);
                    cells.computeIfAbsent(x.getKey(), k -> new HashMap<>()).put(m, sum);
                }
            }
        }
        boolean truncated = false;
        List<Object> xKeys;
        if (request.axis().isTime()) {
            xKeys = new ArrayList<>();
            LocalDate last = request.period().lastDay();
            for (LocalDate day = bucket(request.axis(), request.period().firstDay()); !day.isAfter(last); day = next(request.axis(), day)) {
                xKeys.add(day);
            }
        } else {
            Map<Object, Map<Object, Cell>> all = cells;
            xKeys = largest(new ArrayList<>(all.keySet()), k -> total(all.get(k).values()));
            truncated = xKeys.size() > MAX_CATEGORIES;
            xKeys = xKeys.subList(0, Math.min(xKeys.size(), MAX_CATEGORIES));
        }
        List<Object> seriesKeys;
        if (request.comparesMeasures()) {
            seriesKeys = new ArrayList<>();
            for (int m = 0; m < measures.size(); m++) {
                seriesKeys.add(m);
            }
        } else if (request.series() == null) {
            seriesKeys = Collections.singletonList(null);
        } else {
            Map<Object, Long> seriesTotals = new HashMap<>();
            cells.values().forEach(bySeries -> bySeries.forEach((s, c) -> seriesTotals.merge(s, c.count, Long::sum)));
            seriesKeys = largest(new ArrayList<>(seriesTotals.keySet()), seriesTotals::get);
            truncated |= seriesKeys.size() > MAX_SERIES;
            seriesKeys = seriesKeys.subList(0, Math.min(seriesKeys.size(), MAX_SERIES));
        }

        List<String> measureNames = measures.stream().map(m -> Messages.format(locale, "report.measure." + m)).toList();
        List<String> xLabels = request.axis().isTime() ? xKeys.stream().map(k -> timeLabel(request.axis(), (LocalDate) k, locale)).toList()
                : labels(request.axis(), xKeys, locale);
        List<String> seriesLabels = request.series() == null ? measureNames : labels(request.series(), seriesKeys, locale);
        List<List<Double>> values = new ArrayList<>();
        for (Object xKey : xKeys) {
            Map<Object, Cell> bySeries = cells.getOrDefault(xKey, Collections.emptyMap()); // takes a null key
            List<Double> row = new ArrayList<>();
            for (Object seriesKey : seriesKeys) {
                Measure.Aggregate aggregate = (request.comparesMeasures() ? measures.get((Integer) seriesKey) : measures.get(0)).aggregate();
                Cell cell = bySeries.get(seriesKey);
                row.add(cell == null ? (aggregate == Measure.Aggregate.COUNT ? 0.0 : null) : cell.value(aggregate));
            }
            values.add(row);
        }
        String axisLabel = request.axis() == Axis.FIELD ? field.label(locale) : Messages.format(locale, "report.axis." + request.axis());
        return new Statistic(request, String.join(" · ", measureNames), axisLabel, xLabels, seriesLabels, values, truncated);
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

    /** The categories' names in the reader's language: states, types and priorities as the desk names them. */
    private List<String> labels(Axis axis, List<Object> keys, Locale locale) {
        Set<Long> ids = keys.stream().filter(k -> k instanceof Long).map(k -> (Long) k).collect(java.util.stream.Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        switch (axis) {
            case FIELD -> { }
            case STATE -> em.createQuery("SELECT s FROM TicketState s", TicketState.class).getResultStream()
                    .forEach(s -> names.put(s.getId(), Messages.catalogName(locale, "state.", s.getName())));
            case PRIORITY -> em.createQuery("SELECT p FROM TicketPriority p", TicketPriority.class).getResultStream()
                    .forEach(p -> names.put((long) p.getLevel(), p.name(locale)));
            case TYPE -> new ReportLabels(em).of(Grouping.TYPE, ids).forEach((id, name) -> names.put(id, Messages.catalogName(locale, "type.", name)));
            default -> names.putAll(new ReportLabels(em).of(axis.attribute(), ids));
        }
        return keys.stream().map(k -> k == null ? Messages.format(locale, "report.none")
                : k instanceof String text ? text : names.getOrDefault(k, "#" + k)).toList();
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
