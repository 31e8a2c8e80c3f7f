package org.helpdesk.web.ticket;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.helpdesk.shared.Page;
import org.helpdesk.ticket.TicketZoom.HistoryLine;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The zoom's history table: its first page comes with the zoom (no query of its own); further
 * pages are read through the service when the agent pages on.
 */
public class HistoryModel extends LazyDataModel<HistoryLine> {

    private static final long serialVersionUID = 1L;

    /** Reads one page of the history. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        Page<HistoryLine> load(int first, int pageSize);
    }

    private final Page<HistoryLine> firstPage;
    private final Loader loader;

    public HistoryModel(Page<HistoryLine> firstPage, Loader loader) {
        this.firstPage = firstPage;
        this.loader = loader;
        setRowCount((int) firstPage.total());
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) firstPage.total();
    }

    @Override
    public List<HistoryLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (first == 0 && (pageSize <= firstPage.rows().size() || firstPage.rows().size() == firstPage.total())) {
            return firstPage.rows().subList(0, Math.min(pageSize, firstPage.rows().size()));
        }
        Page<HistoryLine> page = loader.load(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(HistoryLine row) {
        return String.valueOf(row.id());
    }

    @Override
    public HistoryLine getRowData(String rowKey) {
        List<HistoryLine> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
