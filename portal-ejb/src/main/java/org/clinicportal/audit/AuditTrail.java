package org.clinicportal.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import org.clinicportal.security.Caller;

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

    private String address() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (RuntimeException notInARequest) {
            return null;
        }
    }
}
