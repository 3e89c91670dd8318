package org.clinicportal.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditEntry;
import org.clinicportal.trail.AuditTrail;

/** Writes audit entries as the services do, and reads the audit trail of a patient, as the caller's clinic sees it. */
@Stateless
public class AuditProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private AuditTrail trail;

    /** Writes an entry as the services do, in the caller's clinic. */
    public void record(AuditAction action, Long patientId, String subject) {
        trail.record(action, patientId, subject);
    }

    /**
     * Writes an entry as a service does before going on with its work (its next query flushes the entry), says so,
     * and keeps its transaction open until {@code finish} opens.
     */
    public void recordAndGoOn(String subject, CountDownLatch recorded, CountDownLatch finish)
            throws InterruptedException {
        trail.record(AuditAction.STAFF_CREATED, null, subject);
        entityManager.flush();
        recorded.countDown();
        if (!finish.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Nobody let the transaction finish");
        }
    }

    public List<String> actionsFor(long patientId) {
        return entityManager
                .createNamedQuery("AuditEntry.forPatient", AuditEntry.class)
                .setParameter("patient", patientId)
                .getResultList()
                .stream()
                .map(entry -> entry.action() + " by " + entry.actor())
                .toList();
    }
}
