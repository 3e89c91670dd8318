package org.clinicportal.patient;

import org.clinicportal.tenancy.NotFoundException;

/**
 * No patient with that id in the caller's clinic. Deliberately the same answer whether the id
 * does not exist or belongs to another clinic.
 */
public class PatientNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public PatientNotFoundException(long id) {
        super("refused.notFound.patient", id);
    }
}
