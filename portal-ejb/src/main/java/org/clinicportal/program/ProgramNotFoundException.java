package org.clinicportal.program;

import org.clinicportal.tenancy.NotFoundException;

/** No program with that id for the caller: it does not exist, or it is someone else's. */
public class ProgramNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ProgramNotFoundException(long id) {
        super("refused.notFound.program", id);
    }
}
