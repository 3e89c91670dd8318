package org.clinicportal.accounts;

import jakarta.ejb.ApplicationException;

/** Keycloak refused an account change or could not be reached; the message says which and why. */
@ApplicationException(rollback = true)
public class AccountException extends Exception {

    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }

    public AccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
