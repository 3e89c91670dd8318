package org.clinicportal.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.clinicportal.stack.StackSettings.Credentials;

/**
 * The stack's PostgreSQL: embedded binaries on 127.0.0.1, or an external server named by
 * PORTAL_DB_URL. The embedded one gets the two roles the application expects: an owner that
 * runs the migrations, and an application role that owns nothing, so row-level security binds it.
 */
final class Database implements AutoCloseable {

    private final EmbeddedPostgres embedded;

    private Database(EmbeddedPostgres embedded) {
        this.embedded = embedded;
    }

    static Database start(StackSettings settings) {
        if (settings.externalDatabaseUrl().isPresent()) {
            requireReachable(settings);
            return new Database(null);
        }
        ServerProcess.requireFreePort(settings.databasePort(), "PostgreSQL", "PORTAL_DB_PORT");
        try {
            Files.createDirectories(settings.dir().resolve("postgres-runtime"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(settings.databasePort())
                    .setDataDirectory(settings.dir().resolve("postgres-data"))
                    .setCleanDataDirectory(settings.fresh())
                    .setOverrideWorkingDirectory(settings.dir().resolve("postgres-runtime").toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            provision(postgres, settings.credentials());
            return new Database(postgres);
        } catch (IOException | SQLException e) {
            throw new StackException("PostgreSQL could not start on port " + settings.databasePort() + ": " + e.getMessage()
                    + ". Delete " + settings.dir().resolve("postgres-data") + " to start with an empty database.", e);
        }
    }

    private static void provision(EmbeddedPostgres postgres, Credentials credentials) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            createRole(connection, credentials.ownerUser(), credentials.ownerPassword());
            createRole(connection, credentials.appUser(), credentials.appPassword());
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = 'portal'");
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
            try (ResultSet rows = exists.executeQuery(); Statement statement = connection.createStatement()) {
                if (!rows.next()) {
                    statement.execute("create role " + role + " login nosuperuser nobypassrls password '"
                            + password.replace("'", "''") + "'");
                }
            }
        }
    }

    private static void requireReachable(StackSettings settings) {
        Credentials credentials = settings.credentials();
        try (Connection ignored = DriverManager.getConnection(settings.databaseUrl(), credentials.ownerUser(),
                credentials.ownerPassword())) {
            return;
        } catch (SQLException e) {
            throw new StackException("PostgreSQL at " + settings.databaseUrl() + " is not reachable as "
                    + credentials.ownerUser() + " (" + e.getMessage() + "). Start it, or fix PORTAL_DB_URL, "
                    + "PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD.", e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
