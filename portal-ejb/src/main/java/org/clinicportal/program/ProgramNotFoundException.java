package org.clinicportal.program;

import jakarta.ejb.ApplicationException;
import org.clinicportal.tenancy.NotFoundException;

/** No program with that id for the caller: it does not exist, or it is someone else's. */
@ApplicationException(rollback = true)
public class ProgramNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ProgramNotFoundException(long id) {
        super("There is no program " + id + " for you.");
    }
}
