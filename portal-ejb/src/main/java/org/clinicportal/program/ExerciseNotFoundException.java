package org.clinicportal.program;

import org.clinicportal.tenancy.NotFoundException;

/** No exercise with that id in the shared library or the caller's clinic; the same answer for both. */
public class ExerciseNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ExerciseNotFoundException(long id) {
        super("refused.notFound.exercise", id);
    }
}
