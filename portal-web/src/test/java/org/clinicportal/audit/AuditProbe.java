package org.clinicportal.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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

    public List<String> actionsFor(long patientId) {
        return entityManager.createNamedQuery("AuditEntry.forPatient", AuditEntry.class)
                .setParameter("patient", patientId)
                .getResultList().stream().map(entry -> entry.action() + " by " + entry.actor()).toList();
    }
}
