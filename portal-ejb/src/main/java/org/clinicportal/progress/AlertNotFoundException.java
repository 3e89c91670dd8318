package org.clinicportal.progress;

import jakarta.ejb.ApplicationException;
import org.clinicportal.tenancy.NotFoundException;

/** No alert with that id in the caller's clinic. */
@ApplicationException(rollback = true)
public class AlertNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public AlertNotFoundException(long id) {
        super("There is no alert " + id + " in your clinic.");
    }
}
