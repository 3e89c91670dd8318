package org.clinicportal.program;

import jakarta.persistence.EntityManager;
import org.clinicportal.language.Language;
import org.clinicportal.patient.Patient;

/** Builds the view of a program version, reading its exercises in one query, in the reader's language. */
final class ProgramViews {

    private ProgramViews() {}

    static ProgramView of(
            EntityManager entityManager, String clinic, Language reader, Patient patient, ProgramVersion version) {
        return new ProgramView(
                version.programId(),
                patient.id(),
                patient.name().toString(),
                version.number(),
                version.start(),
                version.returnToRun().orElse(null),
                version.notes().orElse(""),
                ItemViews.of(entityManager, clinic, reader, version.items()),
                version.createdBy(),
                version.createdAt());
    }
}
