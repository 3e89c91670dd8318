package org.clinicportal.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.clinicportal.stack.StackSettings.Credentials;

/**
 * The stack's PostgreSQL: embedded binaries on 127.0.0.1, or an external server named by
 * PORTAL_DB_URL. The embedded one gets the two roles the application expects: an owner that
 * runs the migrations, and an application role that owns nothing, so row-level security binds it.
 */
final class Database implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final StackSettings settings;
    /** The postmaster started again by {@link #restart}, no longer the embedded library's to stop. */
    private ServerProcess restarted;

    private Database(EmbeddedPostgres embedded, StackSettings settings) {
        this.embedded = embedded;
        this.settings = settings;
    }

    static Database start(StackSettings settings) {
        if (settings.externalDatabaseUrl().isPresent()) {
            requireReachable(settings);
            return new Database(null, settings);
        }
        ServerProcess.requireFreePort(settings.databasePort(), "PostgreSQL", "PORTAL_DB_PORT");
        try {
            Files.createDirectories(settings.dir().resolve("postgres-runtime"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(settings.databasePort())
                    .setDataDirectory(settings.dir().resolve("postgres-data"))
                    .setCleanDataDirectory(settings.fresh())
                    .setOverrideWorkingDirectory(
                            settings.dir().resolve("postgres-runtime").toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            provision(postgres, settings.credentials());
            return new Database(postgres, settings);
        } catch (IOException | SQLException e) {
            throw new StackException(
                    "PostgreSQL could not start on port " + settings.databasePort() + ": " + e.getMessage()
                            + ". Delete " + settings.dir().resolve("postgres-data")
                            + " to start with an empty database.",
                    e);
        }
    }

    private static void provision(EmbeddedPostgres postgres, Credentials credentials) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            createRole(connection, credentials.ownerUser(), credentials.ownerPassword());
            createRole(connection, credentials.appUser(), credentials.appPassword());
            try (PreparedStatement exists =
                            connection.prepareStatement("select 1 from pg_database where datname = 'portal'");
                    ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    statement.execute("create database portal owner " + credentials.ownerUser());
                }
            }
        }
    }

    private static void createRole(Connection connection, String role, String password) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet rows = exists.executeQuery();
                    Statement statement = connection.createStatement()) {
                if (!rows.next()) {
                    statement.execute("create role " + role + " login nosuperuser nobypassrls password '"
                            + password.replace("'", "''") + "'");
                }
            }
        }
    }

    private static void requireReachable(StackSettings settings) {
        Credentials credentials = settings.credentials();
        try (Connection ignored = DriverManager.getConnection(
                settings.databaseUrl(), credentials.ownerUser(), credentials.ownerPassword())) {
            return;
        } catch (SQLException e) {
            throw new StackException(
                    "PostgreSQL at " + settings.databaseUrl() + " is not reachable as "
                            + credentials.ownerUser() + " (" + e.getMessage() + "). Start it, or fix PORTAL_DB_URL, "
                            + "PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD.",
                    e);
        }
    }

    /**
     * Stops the embedded PostgreSQL as an administrator's restart does (fast shutdown: open connections are cut),
     * keeps it down for the given time, and starts the same server on the same data again.
     */
    void restart(Duration down) {
        if (embedded == null) {
            throw new StackException("Only the embedded PostgreSQL can be restarted by the tests");
        }
        Path data = settings.dir().resolve("postgres-data");
        try {
            long pid = Long.parseLong(
                    Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle postmaster =
                    ProcessHandle.of(pid).orElseThrow(() -> new StackException("PostgreSQL is not running"));
            // PostgreSQL refuses to run as root: in a user namespace of its own it runs as an unmapped user, who
            // there also owns the data directory.
            List<String> command = new ArrayList<>(isRoot() ? List.of("unshare", "-U") : List.of());
            command.add(postmaster.info().command().orElseThrow());
            command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            Thread.sleep(down.toMillis());
            restarted = ServerProcess.start(
                    "PostgreSQL", command, Map.of(), data, settings.logs().resolve("postgres-restarted.log"));
            awaitConnections();
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new StackException("PostgreSQL could not be restarted: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while restarting PostgreSQL", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void awaitConnections() throws InterruptedException {
        Credentials credentials = settings.credentials();
        for (int attempt = 0; attempt < 120; attempt++) {
            try (Connection ignored = DriverManager.getConnection(
                    settings.databaseUrl(), credentials.ownerUser(), credentials.ownerPassword())) {
                return;
            } catch (SQLException e) {
                Thread.sleep(250);
            }
        }
        throw new StackException("PostgreSQL did not accept connections within 30 s of its restart");
    }

    @Override
    public void close() {
        if (restarted != null) {
            restarted.close();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
