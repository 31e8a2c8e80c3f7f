package org.helpdesk.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy table of entities read page by page from a service (LIMIT/OFFSET in the database). */
public class PagedModel<T extends BaseEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page. */
    @FunctionalInterface
    public interface Loader<T extends Serializable> extends Serializable {
        Page<T> load(int first, int pageSize);
    }

    private final Loader<T> loader;

    public PagedModel(Loader<T> loader) {
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = loader.load(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
