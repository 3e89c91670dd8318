package org.clinicportal.tenancy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.clinicportal.security.Caller;

/**
 * Default interceptor of every EJB (bound in WEB-INF/ejb-jar.xml, so no service can forget it):
 * inside the container transaction it scopes the transaction's persistence context to the
 * caller's clinic. A caller without a clinic gets no tenant, and EclipseLink then refuses any
 * access to clinic-owned entities instead of returning every clinic's rows.
 */
public class ClinicScope {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private Caller caller;

    @AroundInvoke
    public Object scopeToCallersClinic(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionKey() != null) {
            caller.clinic().ifPresent(clinic -> entityManager.setProperty(Tenancy.CONTEXT_PROPERTY, clinic));
        }
        return invocation.proceed();
    }
}
