package org.clinicportal.security;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

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

    private boolean failing;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void refresh() {
        try {
            signIns.refresh();
            if (failing) {
                LOG.info("Reading ended sign-ins again.");
                failing = false;
            }
        } catch (SQLException e) {
            // The database is away; the next run catches up on everything recorded meanwhile. One line per outage.
            if (!failing) {
                LOG.log(Level.WARNING, "Cannot read ended sign-ins until the database answers again: {0}", e.getMessage());
                failing = true;
            }
        }
    }
}
