package org.clinicportal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * Counts the SQL statements EclipseLink executes on the current thread, and the time PostgreSQL took for them,
 * from {@link #begin} on: what one request cost the database (the request statistics of the web module). The
 * services run on the request's thread, so a thread's tally is its request's. Installed as the persistence
 * unit's profiler; the transaction's own statements (BEGIN, COMMIT, the clinic's set_config) are not
 * EclipseLink's and are not counted.
 */
public class StatementTally extends SessionProfilerAdapter {

    private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

    /** A request's statements so far. */
    public static final class Tally {

        private final List<String> sql;
        private int statements;
        private long nanos;
        private long executing;
        private String preparing;

        private Tally(boolean keepingSql) {
            this.sql = keepingSql ? new ArrayList<>() : null;
        }

        public int statements() {
            return statements;
        }

        public double milliseconds() {
            return nanos / 1e6;
        }

        /** Each statement's time and SQL, when asked for at {@link #begin}; empty otherwise. */
        public List<String> sql() {
            return sql == null ? List.of() : List.copyOf(sql);
        }
    }

    /**
     * Starts a new tally on this thread.
     *
     * @param keepingSql whether to keep each statement's time and SQL too
     */
    public static Tally begin(boolean keepingSql) {
        Tally tally = new Tally(keepingSql);
        CURRENT.set(tally);
        return tally;
    }

    /** Stops tallying on this thread. */
    public static void end() {
        CURRENT.remove();
    }

    /**
     * Each statement is prepared once (EclipseLink's statement cache is off) and timed twice under
     * StatementExecute: its execution and its closing.
     */
    @Override
    public void startOperationProfile(String operation, DatabaseQuery query, int weight) {
        Tally tally = CURRENT.get();
        if (tally == null) {
            return;
        }
        if (SessionProfiler.SqlPrepare.equals(operation)) {
            tally.statements++;
            tally.preparing = query == null ? "?" : query.getSQLString();
        } else if (SessionProfiler.StatementExecute.equals(operation)) {
            tally.executing = System.nanoTime();
        }
    }

    @Override
    public void endOperationProfile(String operation, DatabaseQuery query, int weight) {
        Tally tally = CURRENT.get();
        if (tally != null && SessionProfiler.StatementExecute.equals(operation) && tally.executing != 0) {
            long took = System.nanoTime() - tally.executing;
            tally.nanos += took;
            tally.executing = 0;
            if (tally.sql != null && tally.preparing != null) {
                tally.sql.add(String.format(Locale.ROOT, "%.2f ms %s", took / 1e6, tally.preparing));
                tally.preparing = null;
            }
        }
    }

    @Override
    public int getProfileWeight() {
        return SessionProfiler.ALL;
    }
}
