package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The one paged table of every list: bounded counts, the user's sort, and a view that travels with its session. */
class PagedTableTest {

    /** A page's bean as the tables have it: a service it asks and what it remembers of the last question. */
    static final class Page implements Serializable {

        private static final long serialVersionUID = 1L;

        long rows;
        final List<String> asked = new ArrayList<>();

        final PagedTable<Long> table = PagedTable.countedTo(
                1000,
                () -> rows,
                (first, size, sort) -> {
                    asked.add(first + "+" + size + " by '" + sort.field() + "' " + (sort.ascending() ? "up" : "down"));
                    return LongStream.range(first, Math.min(rows, first + size))
                            .boxed()
                            .toList();
                },
                row -> "row-" + row);
    }

    @Test
    void countsToItsBoundAndSaysWhenMoreMatched() {
        Page page = new Page();
        page.rows = 1000;
        assertEquals(1000, page.table.count(Map.of()));
        assertFalse(page.table.isMoreThanCounted(), "exactly the bound is all there is");
        page.rows = 100_000;
        assertEquals(1000, page.table.count(Map.of()));
        assertTrue(page.table.isMoreThanCounted());
    }

    @Test
    void asksForThePageInTheColumnAndDirectionTheUserSorted() {
        Page page = new Page();
        page.rows = 50;
        assertEquals(List.of(20L, 21L), page.table.load(20, 2, Map.of(), Map.of()));
        page.table.load(
                0,
                10,
                Map.of(
                        "latestPain",
                        SortMeta.builder()
                                .field("latestPain")
                                .order(SortOrder.DESCENDING)
                                .build()),
                Map.of());
        assertEquals(List.of("20+2 by '' up", "0+10 by 'latestPain' down"), page.asked);
        assertEquals("row-7", page.table.getRowKey(7L));
    }

    @Test
    void travelsWithTheSessionToAnotherNodeAndStillReadsThroughItsPage() throws Exception {
        Page page = new Page();
        page.rows = 5;
        Page arrived = travel(page);
        arrived.rows = 3;
        assertEquals(
                3, arrived.table.count(Map.of()), "the table reads through the page that arrived, not the one left");
        assertEquals(List.of(0L, 1L, 2L), arrived.table.load(0, 10, Map.of(), Map.of()));
    }

    private static Page travel(Page page) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(page);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Page) in.readObject();
        }
    }
}
