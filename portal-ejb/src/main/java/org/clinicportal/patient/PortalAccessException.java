package org.clinicportal.patient;

import java.io.Serializable;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.message.Refusal;

/** Portal access could not be given; nothing was half-done, and the key says why. */
public class PortalAccessException extends Refusal {

    private static final long serialVersionUID = 1L;

    public PortalAccessException(String key, Serializable... arguments) {
        super(key, arguments);
    }

    /** Keycloak's refusal, said to the user as Keycloak's own reason. */
    public PortalAccessException(AccountException cause) {
        super(cause, cause.key(), cause.arguments().toArray(Serializable[]::new));
    }
}
