package org.clinicportal.patient;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.clinicportal.security.Caller;

/** Finds the patient record a signed-in patient's portal account is linked to, in their clinic. */
public final class PortalPatients {

    private PortalPatients() {}

    public static Optional<Patient> signedIn(EntityManager entityManager, Caller caller) {
        return caller.account()
                .flatMap(account -> entityManager
                        .createNamedQuery("Patient.byPortalAccount", Patient.class)
                        .setParameter("account", account)
                        .getResultStream()
                        .findFirst());
    }

    /**
     * The signed-in patient's record, for a service only a patient may call: a patient login without a record is
     * a broken link between Keycloak and the portal, not something the patient could have done.
     */
    public static Patient me(EntityManager entityManager, Caller caller) {
        return signedIn(entityManager, caller)
                .orElseThrow(() -> new IllegalStateException("This login is not linked to a patient record"));
    }
}
