package org.clinicportal.tenancy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.clinicportal.security.Caller;

/**
 * Default interceptor of every EJB (bound in WEB-INF/ejb-jar.xml, so no service can forget it):
 * inside the container transaction it scopes the transaction's persistence context to the
 * caller's clinic. A caller without a clinic gets no tenant, and EclipseLink then refuses any
 * access to clinic-owned entities instead of returning every clinic's rows. A deactivated clinic's
 * users get nothing at all. The clinic is read once per request (see {@link ClinicOfRequest}), in the
 * transaction's persistence context, which EclipseLink keeps apart from the shared cache once a tenant
 * is set, so every node sees a deactivation made on another from its next request on.
 */
public class ClinicScope {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private Caller caller;

    @Inject
    private ClinicOfRequest clinics;

    @AroundInvoke
    public Object scopeToCallersClinic(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionKey() != null) {
            Optional<String> clinic = caller.clinic();
            if (clinic.isPresent()) {
                // The tenant first: the first statement of the transaction sets app.clinic_id from it.
                entityManager.setProperty(Tenancy.CONTEXT_PROPERTY, clinic.get());
                if (clinics.find(clinic.get())
                        .filter(tenant -> !tenant.isActive())
                        .isPresent()) {
                    throw new ClinicInactiveException(clinic.get());
                }
            }
        }
        return invocation.proceed();
    }
}
