package org.clinicportal.progress;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements EclipseLink sends while some work runs: every executed statement is
 * logged at FINE in the SQL category, and this log counts those entries instead of printing them.
 */
@Singleton
@PermitAll
public class StatementCounter {

    @PersistenceUnit(unitName = "portal")
    private EntityManagerFactory entityManagerFactory;

    /**
     * The number of statements the work executed. Outside any transaction, so that the work's own
     * transaction (and EclipseLink's session for it) begins after the counting log is in place.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int count(Callable<?> work) throws Exception {
        Server server =
                entityManagerFactory.unwrap(JpaEntityManagerFactory.class).getServerSession();
        SessionLog original = server.getSessionLog();
        Counting counting = new Counting(original);
        server.setSessionLog(counting);
        try {
            work.call();
        } finally {
            server.setSessionLog(original);
        }
        return counting.statements.get();
    }

    private static final class Counting extends AbstractSessionLog {

        private final SessionLog original;
        private final AtomicInteger statements = new AtomicInteger();

        Counting(SessionLog original) {
            this.original = original;
        }

        @Override
        public boolean shouldLog(int level, String category) {
            return level == SessionLog.FINE && SessionLog.SQL.equals(category) || original.shouldLog(level, category);
        }

        @Override
        public void log(SessionLogEntry entry) {
            if (entry.getLevel() == SessionLog.FINE && SessionLog.SQL.equals(entry.getNameSpace())) {
                statements.incrementAndGet();
            } else if (original.shouldLog(entry.getLevel(), entry.getNameSpace())) {
                original.log(entry);
            }
        }
    }
}
