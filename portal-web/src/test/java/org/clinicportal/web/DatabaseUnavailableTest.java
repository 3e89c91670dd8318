package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.EJBException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are PostgreSQL's outage, answered with the "try again" page rather than the error page. */
class DatabaseUnavailableTest {

    @Test
    void aLostConnectionIsAnOutage() {
        SQLException terminated =
                new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertEquals(
                "57P01",
                DatabaseUnavailable.connectionFailure(new EJBException(terminated))
                        .state());
    }

    /** As FailoverIT met it: PostgreSQL restarted just as the container committed a page's transaction. */
    @Test
    void aCommitThatCouldNotReachPostgresqlIsAnOutage() {
        XAException notCommitted =
                new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection");
        SystemException systemException = new SystemException();
        systemException.initCause(notCommitted);
        EJBException thrown = new EJBException("Unable to complete container-managed transaction.", systemException);
        assertNotNull(DatabaseUnavailable.connectionFailure(thrown));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertNull(DatabaseUnavailable.connectionFailure(new EJBException(new SQLException("duplicate key", "23505"))));
        assertNull(DatabaseUnavailable.connectionFailure(new IllegalStateException("a bug")));
    }
}
