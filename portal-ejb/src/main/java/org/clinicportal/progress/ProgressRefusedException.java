package org.clinicportal.progress;

import jakarta.ejb.ApplicationException;

/** The report cannot be taken as it is; the message says why. */
@ApplicationException(rollback = true)
public class ProgressRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProgressRefusedException(String message) {
        super(message);
    }
}
