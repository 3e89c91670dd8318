package org.clinicportal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the run cost the database per screen, from the portal's request statistics (PORTAL_REQUEST_STATISTICS, which
 * the run command turns on): for each method and path, the requests, their statements and the p50 / p95 time
 * PostgreSQL took, over the log lines written while the run lasted.
 */
final class DatabaseTime {

    private static final Pattern LINE = Pattern.compile(
            "\\[timeMillis: (\\d+)].*Request \\S+ (\\S+ [^?\\s:]+)\\S*: \\d+, (\\d+) statements, ([0-9.]+) ms in the database");

    private DatabaseTime() {}

    static String report(Path log, long fromMillis, long toMillis) throws IOException {
        Map<String, List<double[]>> byScreen = new TreeMap<>();
        try (Stream<String> lines = Files.lines(log)) {
            lines.forEach(line -> {
                Matcher request = LINE.matcher(line);
                if (request.find()) {
                    long at = Long.parseLong(request.group(1));
                    if (at >= fromMillis && at <= toMillis) {
                        byScreen.computeIfAbsent(request.group(2), screen -> new ArrayList<>())
                                .add(new double[] {
                                    Double.parseDouble(request.group(3)), Double.parseDouble(request.group(4))
                                });
                    }
                }
            });
        }
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT, "%-45s %8s %12s %16s%n", "request", "count", "statements", "db ms p50 / p95"));
        byScreen.forEach((screen, requests) -> report.append(String.format(
                Locale.ROOT,
                "%-45s %8d %12.0f %7.1f / %6.1f%n",
                screen,
                requests.size(),
                percentile(requests, 0, 0.5),
                percentile(requests, 1, 0.5),
                percentile(requests, 1, 0.95))));
        return report.toString();
    }

    private static double percentile(List<double[]> requests, int column, double rank) {
        double[] sorted =
                requests.stream().mapToDouble(values -> values[column]).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(rank * sorted.length) - 1)];
    }
}
