package org.clinicportal.accounts;

import java.io.Serializable;
import org.clinicportal.message.Refusal;

/** Keycloak refused an account change or could not be reached; the key says which. */
public class AccountException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccountException(String key, Serializable... arguments) {
        super(key, arguments);
    }

    public AccountException(Throwable cause, String key, Serializable... arguments) {
        super(cause, key, arguments);
    }
}
