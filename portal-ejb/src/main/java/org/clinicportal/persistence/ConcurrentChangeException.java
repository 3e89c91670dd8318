package org.clinicportal.persistence;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record after the caller opened it; nothing was overwritten. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else while you were editing it. Nothing was overwritten: "
                + "reload to see their changes, then make yours again.");
    }
}
