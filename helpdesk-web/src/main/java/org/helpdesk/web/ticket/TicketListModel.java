package org.helpdesk.web.ticket;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy ticket table: each page is one query with LIMIT/OFFSET and ORDER BY in the database,
 * read through a service that decides which tickets the user may see. The table asks for the count
 * and then for the page, so each render runs one count and one page query.
 */
public class TicketListModel extends LazyDataModel<TicketSummary> {

    private static final long serialVersionUID = 1L;

    /** Reads one page for the table's filters, sort and position. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        List<TicketSummary> load(Map<String, FilterMeta> filters, TicketSort sort, boolean ascending, int first, int pageSize);
    }

    /** Counts the rows for the table's filters, without reading any. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count(Map<String, FilterMeta> filters);
    }

    private final Loader loader;
    private final Counter counter;
    private final TicketSort defaultSort;
    /** What the table shows now (its column filters and order): what an export exports. */
    private Map<String, FilterMeta> shownFilters = Map.of();
    private TicketSort shownSort;
    private boolean shownAscending;

    /** A list newest first unless the user sorts it by a column. */
    public TicketListModel(Loader loader, Counter counter) {
        this(loader, counter, TicketSort.CREATED);
    }

    /** A list in {@code defaultSort} order (descending) unless the user sorts it by a column. */
    public TicketListModel(Loader loader, Counter counter, TicketSort defaultSort) {
        this.loader = loader;
        this.counter = counter;
        this.defaultSort = defaultSort;
    }

    /** An agent's list: the query narrowed by the table's column filters. */
    public static TicketListModel forAgents(TicketSearchService search, TicketQuery query) {
        return new TicketListModel((filters, sort, ascending, first, size) ->
                search.search(filtered(query, filters), sort, ascending, first, size),
                filters -> search.count(filtered(query, filters)));
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count(filterBy);
    }

    @Override
    public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        TicketSort column = sort == null ? defaultSort : TicketSort.valueOf(sort.getField());
        boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
        shownFilters = Map.copyOf(filterBy);
        shownSort = column;
        shownAscending = ascending;
        return loader.load(filterBy, column, ascending, first, pageSize);
    }

    /** The page from {@code first} of the list as the table shows it now (filters, order): for exports. */
    public List<TicketSummary> shown(int first, int pageSize) {
        return loader.load(shownFilters, shownSort == null ? defaultSort : shownSort, shownAscending, first, pageSize);
    }

    /** The column filters agents' tables offer: number (beginning), title (part), priority (1-5). */
    static TicketQuery filtered(TicketQuery query, Map<String, FilterMeta> filterBy) {
        TicketQuery filtered = query;
        for (FilterMeta filter : filterBy.values()) {
            String value = filter.getFilterValue() == null ? "" : filter.getFilterValue().toString().trim();
            if (value.isEmpty()) {
                continue;
            }
            switch (filter.getField()) {
            case "NUMBER" -> filtered = filtered.withNumber(value);
            case "TITLE" -> filtered = filtered.withTitle(value);
            case "PRIORITY" -> filtered = value.matches("[1-5]") ? filtered.withPriority(Integer.valueOf(value)) : filtered;
            default -> {
                // other columns offer no filter
            }
            }
        }
        return filtered;
    }

    @Override
    public String getRowKey(TicketSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public TicketSummary getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
