package org.clinicportal.intake;

import jakarta.ejb.ApplicationException;

/** The intake cannot do that in its present state; the message says why and what to do. */
@ApplicationException(rollback = true)
public class IntakeRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public IntakeRefusedException(String message) {
        super(message);
    }
}
