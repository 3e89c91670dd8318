package org.clinicportal.reminder;

import jakarta.ejb.ApplicationException;

/**
 * The mail server or Keycloak did not answer: the email's claim is rolled back with it, so that the next run of the
 * clock tries again while the email is still due.
 */
@ApplicationException(rollback = true)
public class EmailNotSentException extends Exception {

    private static final long serialVersionUID = 1L;

    public EmailNotSentException(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
