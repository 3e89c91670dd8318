package org.clinicportal.patient;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Finds a patient of the caller's clinic, or says there is none: the one answer for absent and foreign ids. */
public final class Patients {

    private Patients() {}

    public static Patient require(EntityManager entityManager, long id) throws PatientNotFoundException {
        return found(entityManager.find(Patient.class, id), id);
    }

    /**
     * Finds the patient and locks their row until the transaction ends, so that changes which must follow one another
     * for a patient (a new program version after the one it was based on) wait for each other instead of colliding.
     */
    public static Patient lock(EntityManager entityManager, long id) throws PatientNotFoundException {
        return found(entityManager.find(Patient.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private static Patient found(Patient patient, long id) throws PatientNotFoundException {
        if (patient == null) {
            throw new PatientNotFoundException(id);
        }
        return patient;
    }
}
