package org.clinicportal.trail;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import org.clinicportal.security.Caller;
import org.eclipse.persistence.config.QueryHints;

/**
 * Records what the caller does, in the service's own transaction: if the change rolls back, so
 * does its entry, and an entry is never written for a change that did not happen.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private Instance<HttpServletRequest> request;

    public void record(AuditAction action, Long patientId, String subject) {
        entityManager.persist(new AuditEntry(caller.username(), action, patientId, subject, address()));
    }

    /**
     * Records what a platform admin, who belongs to no clinic, did to a clinic, in that clinic's log
     * (through an owner-run function: row-level security admits no other way in).
     */
    public void recordForClinic(String clinic, AuditAction action, String subject) {
        entityManager
                .createNativeQuery("select record_platform_action(?, ?, ?, ?, ?)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, clinic)
                .setParameter(2, caller.username())
                .setParameter(3, action.name())
                .setParameter(4, subject)
                .setParameter(5, address())
                .getSingleResult();
    }

    private String address() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (RuntimeException notInARequest) {
            return null;
        }
    }
}
