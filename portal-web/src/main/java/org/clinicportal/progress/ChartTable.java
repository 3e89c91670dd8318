package org.clinicportal.progress;

import java.util.List;

/**
 * The numbers behind a chart, as a table a screen reader reads and anyone can open: one row per point in time
 * (its first cell names it), one column per line or bar of the chart.
 */
public record ChartTable(List<String> headers, List<List<String>> rows) {

    public ChartTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
