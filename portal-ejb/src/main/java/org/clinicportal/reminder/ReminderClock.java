package org.clinicportal.reminder;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.persistence.OutageLog;

/**
 * Sends the reminders and digests that are due, three times a minute, clinic by clinic. Every node runs it; the
 * claim each email is sent with keeps two nodes from sending it twice. Each email is its own transaction: one that
 * cannot be sent now is tried again by the next run, while it is still due, and does not hold up the others.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderClock {

    private static final Logger LOG = Logger.getLogger(ReminderClock.class.getName());

    @Inject
    private EmailDeliveries deliveries;

    private final OutageLog databaseOutage = new OutageLog(
            LOG, "Cannot send reminders until the database answers again: {0}", "Sending reminders again.");

    private final OutageLog mailOutage = new OutageLog(
            LOG,
            "Cannot send reminders until the mail server and Keycloak answer again: {0}",
            "Reminders reach the mail server again.");

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void tick() {
        Instant now = Instant.now();
        try {
            int sent = 0;
            for (String clinic : deliveries.activeClinics()) {
                sent += sendDue(clinic, now);
            }
            databaseOutage.succeeded();
            if (sent > 0) {
                int total = sent;
                LOG.info(() -> "Sent " + total + " reminder emails.");
            }
        } catch (EJBException | PersistenceException e) {
            databaseOutage.failed(e);
        }
    }

    private int sendDue(String clinic, Instant now) {
        int sent = 0;
        for (DueEmail email : deliveries.dueIn(clinic, now)) {
            try {
                if (deliveries.deliver(clinic, email, now)) {
                    sent++;
                }
                mailOutage.succeeded();
            } catch (EmailNotSentException e) {
                mailOutage.failed(e);
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "Could not send a {0} email in clinic {1}: {2}", new Object[] {
                    email.kind(), clinic, e.getMessage()
                });
            }
        }
        return sent;
    }
}
