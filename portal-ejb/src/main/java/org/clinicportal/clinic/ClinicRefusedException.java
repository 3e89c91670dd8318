package org.clinicportal.clinic;

import jakarta.ejb.ApplicationException;

/** The clinic cannot be created as asked; the message says why. */
@ApplicationException(rollback = true)
public class ClinicRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ClinicRefusedException(String message) {
        super(message);
    }
}
