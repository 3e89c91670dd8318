package org.clinicportal.trail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.security.SignedIn;

/** Notes each sign-in in the clinic's audit log; admins of the platform belong to no clinic's log. */
@Stateless
public class SignInNotes {

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @PermitAll
    public void note(@Observes SignedIn signedIn) {
        if (caller.isAuthenticated() && caller.clinic().isPresent()) {
            audit.record(
                    AuditAction.SIGNED_IN,
                    null,
                    String.join(
                            ", ", caller.roles().stream().map(Role::roleName).toList()));
        }
    }
}
