package org.clinicportal.program;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Finds a patient's program, of the caller's clinic, and its current version: a patient has one, or none before the
 * first assignment.
 */
public final class Programs {

    private Programs() {}

    public static Optional<Program> of(EntityManager entityManager, long patientId) {
        return entityManager
                .createNamedQuery("Program.ofPatient", Program.class)
                .setParameter("patient", patientId)
                .getResultStream()
                .findFirst();
    }

    public static Optional<ProgramVersion> currentVersion(EntityManager entityManager, long patientId) {
        return entityManager
                .createNamedQuery("ProgramVersion.current", ProgramVersion.class)
                .setParameter("patient", patientId)
                .getResultStream()
                .findFirst();
    }
}
