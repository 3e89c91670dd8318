package org.clinicportal.security;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.clinicportal.persistence.OutageLog;

/**
 * Brings this node's {@link SignIns} up to date every two seconds: a sign-out on another node ends this node's
 * sessions of that user within that time. Outside any transaction, so it belongs to no clinic.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInsRefresh {

    private static final Logger LOG = Logger.getLogger(SignInsRefresh.class.getName());

    @Inject
    private SignIns signIns;

    private final OutageLog outage = new OutageLog(
            LOG, "Cannot read ended sign-ins until the database answers again: {0}", "Reading ended sign-ins again.");

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void refresh() {
        try {
            signIns.refresh();
            outage.succeeded();
        } catch (SQLException e) {
            // The next run catches up on everything recorded meanwhile.
            outage.failed(e);
        }
    }
}
