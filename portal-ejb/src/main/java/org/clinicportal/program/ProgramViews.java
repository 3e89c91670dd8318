package org.clinicportal.program;

import jakarta.persistence.EntityManager;
import org.clinicportal.patient.Patient;

/** Builds the view of a program version, reading its exercises in one query. */
final class ProgramViews {

    private ProgramViews() {}

    static ProgramView of(EntityManager entityManager, String clinic, Patient patient, ProgramVersion version) {
        return new ProgramView(
                version.programId(),
                patient.id(),
                patient.name().toString(),
                version.number(),
                version.start(),
                version.returnToRun().orElse(null),
                version.notes().orElse(""),
                ItemViews.of(entityManager, clinic, version.items()),
                version.createdBy(),
                version.createdAt());
    }
}
