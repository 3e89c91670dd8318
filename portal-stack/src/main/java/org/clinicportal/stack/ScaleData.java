package org.clinicportal.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The data-scale generator: fills one clinic with generated patients and everything months of use give them
 * (scale/fill-clinic.sql), as the schema owner, then refreshes the planner's statistics. For benchmarks
 * (README, "Benchmark at scale": {@code mvn -Pscale package -DskipTests -Dscale.patients=100000}) and for the
 * tests that compare a clinic of ten patients with one of thousands.
 */
public final class ScaleData {

    private static final String SCRIPT = "/scale/fill-clinic.sql";

    private ScaleData() {}

    /** {@code -Dscale.patients} (default 1000) into {@code -Dscale.clinic} (default northside) of the run command's database. */
    public static void main(String[] args) throws Exception {
        String clinic = System.getProperty("scale.clinic", "northside");
        int patients = Integer.parseInt(System.getProperty("scale.patients", "1000"));
        try (Connection owner = DriverManager.getConnection(
                System.getProperty("scale.db.url", "jdbc:postgresql://127.0.0.1:5433/portal"),
                System.getProperty("scale.db.owner", "portal_owner"),
                System.getProperty("scale.db.owner.password", "portal_owner"))) {
            fill(owner, clinic, patients, line -> System.out.println("[scale] " + line));
        }
    }

    /**
     * Adds {@code patients} patients to the clinic, assigned in turn to its enabled therapists, each step in its own
     * transaction.
     *
     * @param owner    a connection as the schema owner, in auto-commit
     * @param progress told what each step did and how long it took
     */
    public static void fill(Connection owner, String clinic, int patients, Consumer<String> progress)
            throws SQLException, IOException {
        if (patients < 1) {
            throw new IllegalArgumentException("At least one patient: " + patients);
        }
        long started = System.nanoTime();
        String therapists = therapists(owner, clinic);
        progress.accept("Adding " + patients + " patients to " + clinic + ", assigned to " + therapists);
        try (PreparedStatement settings = owner.prepareStatement(
                "select set_config('scale.clinic', ?, false), set_config('scale.patients', ?, false),"
                        + " set_config('scale.therapists', ?, false)")) {
            settings.setString(1, clinic);
            settings.setString(2, Integer.toString(patients));
            settings.setString(3, therapists);
            settings.execute();
        }
        for (String step : statements()) {
            long begun = System.nanoTime();
            try (Statement statement = owner.createStatement()) {
                int rows = statement.executeUpdate(step);
                progress.accept(String.format("%-60s %9d rows %6.1f s", firstLine(step), rows, seconds(begun)));
            }
        }
        try (Statement statement = owner.createStatement()) {
            statement.execute("analyze");
        }
        progress.accept(String.format("Done in %.0f s", seconds(started)));
    }

    private static String therapists(Connection connection, String clinic) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select string_agg(username, ',' order by username) from staff_member"
                        + " where clinic_id = ? and role = 'THERAPIST' and enabled")) {
            query.setString(1, clinic);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                String names = row.getString(1);
                if (names == null) {
                    throw new IllegalStateException(
                            "The clinic " + clinic + " has no enabled therapist to assign patients to");
                }
                return names;
            }
        }
    }

    /**
     * The script's statements: each ends with a semicolon at the end of a line, outside a {@code $$} body;
     * comments outside such bodies are dropped.
     */
    private static List<String> statements() throws IOException {
        String script;
        try (InputStream in = ScaleData.class.getResourceAsStream(SCRIPT)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : script.split("\n")) {
            if (!inBody && line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.split("\\$\\$", -1).length % 2 == 0) {
                inBody = !inBody;
            }
            if (!inBody && line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    private static String firstLine(String statement) {
        String line = statement.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
