package org.clinicportal.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Which users' sign-ins have ended, for every node: a user who signs out anywhere, is disabled or loses portal
 * access is signed out of every portal session that began before, at that session's next request. Written
 * to the database by the node that learns it, and read from there by every node every few seconds; the
 * check on each request asks only this node's memory.
 */
@ApplicationScoped
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

    /** Longer than any session lives (Keycloak's maximum session lifespan): older entries end nothing. */
    private static final Duration REMEMBERED = Duration.ofDays(2);

    /** Rows committed a little out of order are still picked up by the next read. */
    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private static final String RECORD = """
            insert into ended_sign_in (subject, ended_at) values (?, ?)
            on conflict (subject) do update set ended_at = greatest(ended_sign_in.ended_at, excluded.ended_at),
                                                recorded_at = clock_timestamp()
            """;

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource database;

    private final Map<String, Instant> endedAt = new ConcurrentHashMap<>();
    private volatile Instant readUpTo = Instant.EPOCH;

    /** Ends every portal session of the user that signed in until now. */
    public void endAll(String subject) {
        Instant now = Instant.now();
        endedAt.merge(subject, now, (before, after) -> after.isAfter(before) ? after : before);
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(RECORD)) {
            statement.setString(1, subject);
            statement.setObject(2, now.atOffset(ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot record the end of the sign-ins of " + subject + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Ended every portal session of " + subject);
    }

    /** Whether a session of the user that signed in at the given moment has been ended since. */
    public boolean hasEnded(String subject, Instant signedInAt) {
        Instant ended = endedAt.get(subject);
        return ended != null && signedInAt.isBefore(ended);
    }

    /** Reads what other nodes recorded since the last read, and forgets what no session can outlive. */
    public void refresh() throws SQLException {
        Instant from = readUpTo.equals(Instant.EPOCH) ? Instant.now().minus(REMEMBERED) : readUpTo.minus(OVERLAP);
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select subject, ended_at, recorded_at from ended_sign_in where recorded_at > ?")) {
            statement.setObject(1, from.atOffset(ZoneOffset.UTC));
            Instant latest = readUpTo;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant ended = rows.getObject(2, OffsetDateTime.class).toInstant();
                    endedAt.merge(rows.getString(1), ended, (before, after) -> after.isAfter(before) ? after : before);
                    Instant recorded = rows.getObject(3, OffsetDateTime.class).toInstant();
                    latest = recorded.isAfter(latest) ? recorded : latest;
                }
            }
            readUpTo = latest.equals(Instant.EPOCH) ? from : latest;
        }
        Instant forgotten = Instant.now().minus(REMEMBERED);
        endedAt.values().removeIf(ended -> ended.isBefore(forgotten));
    }
}
