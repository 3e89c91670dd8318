package org.clinicportal.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table that reads one page at a time from its service: the page's rows, and how many there are, counted at most
 * to a bound where an exact total over millions of rows would serve no one. Its parts are serializable, as the view
 * that holds it travels with the session to another node. Give them as lambdas over the page's injected services,
 * not as method references to them: a reference takes the service when the page is built, before injection.
 */
public final class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows match. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long matching();
    }

    /** The rows from {@code first}, at most {@code size}, in the order of the column the user sorted by. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int size, Sort sort);
    }

    /** What identifies a row, for selecting it. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    /** The column the user sorted by (empty while none is) and its direction. */
    public record Sort(String field, boolean ascending) {

        static final Sort UNSORTED = new Sort("", true);
    }

    private final Count count;
    private final long countedAtMost;
    private final Page<T> page;
    private final Key<T> key;
    private boolean moreThanCounted;

    private PagedTable(Count count, long countedAtMost, Page<T> page, Key<T> key) {
        this.count = count;
        this.countedAtMost = countedAtMost;
        this.page = page;
        this.key = key;
    }

    /** Rows identified by their key, every one of them counted. */
    public static <T> PagedTable<T> of(Count count, Page<T> page, Key<T> key) {
        return new PagedTable<>(count, Long.MAX_VALUE, page, key);
    }

    /** Rows that are only read, never selected, every one of them counted. */
    public static <T> PagedTable<T> of(Count count, Page<T> page) {
        return new PagedTable<>(count, Long.MAX_VALUE, page, null);
    }

    /** Rows identified by their key, counted to at most {@code countedAtMost}. */
    public static <T> PagedTable<T> countedTo(long countedAtMost, Count count, Page<T> page, Key<T> key) {
        return new PagedTable<>(count, countedAtMost, page, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long matching = count.matching();
        moreThanCounted = matching > countedAtMost;
        return Math.toIntExact(Math.min(matching, countedAtMost));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Sort sort = sortBy.values().stream()
                .findFirst()
                .map(meta -> new Sort(meta.getField(), meta.getOrder() != SortOrder.DESCENDING))
                .orElse(Sort.UNSORTED);
        return page.rows(first, pageSize, sort);
    }

    @Override
    public String getRowKey(T row) {
        return key == null ? super.getRowKey(row) : String.valueOf(key.of(row));
    }

    /** Whether more rows match than the table pages through: filters narrow them. */
    public boolean isMoreThanCounted() {
        return moreThanCounted;
    }
}
