package org.clinicportal.staff;

import jakarta.ejb.ApplicationException;

/** The change would lock the clinic or its admin out; the message says why. */
@ApplicationException(rollback = true)
public class StaffRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public StaffRefusedException(String message) {
        super(message);
    }
}
