package org.clinicportal.progress;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinicportal.persistence.OutageLog;

/**
 * Brings every clinic's caseload rows to the clinic's today within a minute of its midnight, when the adherence
 * windows move, so that no caseload view waits for a whole clinic's rows. Each batch is its own transaction; every
 * node runs this, and rows another node is refreshing are skipped rather than waited for.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseloadRefresh {

    private static final Logger LOG = Logger.getLogger(CaseloadRefresh.class.getName());

    /** Rows per transaction: about a fifth of a second of the database's time. */
    static final int BATCH = 1000;

    /** A run stops after this long and leaves the rest to the next minute's. */
    private static final Duration TURN = Duration.ofSeconds(45);

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource database;

    private final OutageLog outage = new OutageLog(
            LOG,
            "Cannot refresh caseload rows until the database answers again: {0}",
            "Refreshing caseload rows again.");

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        try {
            int refreshed = refreshStale();
            if (refreshed > 0) {
                LOG.info(() -> "Brought " + refreshed + " caseload rows to their clinic's today.");
            }
            outage.succeeded();
        } catch (SQLException e) {
            outage.failed(e);
        }
    }

    /**
     * Refreshes the rows of an earlier day than their clinic's today, a batch at a time, until none is left or the
     * run's turn is over.
     *
     * @return how many rows were refreshed
     */
    int refreshStale() throws SQLException {
        long ends = System.nanoTime() + TURN.toNanos();
        int total = 0;
        try (Connection connection = database.getConnection();
                PreparedStatement batch = connection.prepareStatement("select refresh_stale_caseloads(?)")) {
            batch.setInt(1, BATCH);
            int refreshed;
            do {
                try (ResultSet result = batch.executeQuery()) {
                    result.next();
                    refreshed = result.getInt(1);
                }
                total += refreshed;
            } while (refreshed == BATCH && System.nanoTime() < ends);
        }
        return total;
    }
}
