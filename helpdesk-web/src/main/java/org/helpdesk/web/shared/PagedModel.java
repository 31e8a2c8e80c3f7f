package org.helpdesk.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table read page by page from a service (LIMIT/OFFSET in the database): of entities, keyed by
 * their id, or of records, each its own key.
 */
public class PagedModel<T extends Serializable> extends LazyDataModel<T> {

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
        return String.valueOf(row instanceof BaseEntity entity ? entity.getId() : row);
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
