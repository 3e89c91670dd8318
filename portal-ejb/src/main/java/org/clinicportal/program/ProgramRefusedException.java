package org.clinicportal.program;

import jakarta.ejb.ApplicationException;

/** The change is not allowed now; the message says why and what to do. */
@ApplicationException(rollback = true)
public class ProgramRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProgramRefusedException(String message) {
        super(message);
    }
}
