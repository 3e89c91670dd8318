package org.clinicportal.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a scheduled job writes to the log while the database is away: one warning when its first run fails, one line
 * when a run succeeds again, nothing in between, so an hour's outage is two lines and not one per run.
 * Held by a singleton job, whose container lets one run at a time change it.
 */
public final class OutageLog {

    private final Logger log;
    private final String failing;
    private final String back;
    private boolean away;

    /**
     * @param log the job's logger
     * @param failing the warning when runs start to fail; {@code {0}} is the driver's message
     * @param back the line when a run succeeds again
     */
    public OutageLog(Logger log, String failing, String back) {
        this.log = log;
        this.failing = failing;
        this.back = back;
    }

    /** A run could not reach the database (or a server it needs); the next one picks up what this one left. */
    public void failed(Exception e) {
        if (!away) {
            log.log(Level.WARNING, failing, e.getMessage());
            away = true;
        }
    }

    /** A run reached the database. */
    public void succeeded() {
        if (away) {
            log.info(back);
            away = false;
        }
    }
}
