package org.clinicportal.patient;

import java.time.LocalDate;

/** A line of the patient list. */
public record PatientRow(long id, String familyName, String givenName, LocalDate dateOfBirth, PatientStatus status,
        String assignedTherapist) {

    static PatientRow of(Patient patient) {
        return new PatientRow(patient.id(), patient.name().family(), patient.name().given(), patient.dateOfBirth(),
                patient.status(), patient.assignedTherapist().orElse(null));
    }
}
