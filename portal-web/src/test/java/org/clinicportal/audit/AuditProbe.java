package org.clinicportal.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the audit trail of a patient, as the caller's clinic sees it. */
@Stateless
public class AuditProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    public List<String> actionsFor(long patientId) {
        return entityManager.createNamedQuery("AuditEntry.forPatient", AuditEntry.class)
                .setParameter("patient", patientId)
                .getResultList().stream().map(entry -> entry.action() + " by " + entry.actor()).toList();
    }
}
