package org.clinicportal.patient;

import jakarta.ejb.ApplicationException;

/** Portal access could not be given; nothing was half-done, and the message says why. */
@ApplicationException(rollback = true)
public class PortalAccessException extends Exception {

    private static final long serialVersionUID = 1L;

    public PortalAccessException(String message) {
        super(message);
    }

    public PortalAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
