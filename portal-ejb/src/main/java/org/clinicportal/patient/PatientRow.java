package org.clinicportal.patient;

import java.time.LocalDate;

/**
 * A line of the patient list.
 *
 * @param referralNeeded a red flag awaits a therapist's acknowledgement
 */
public record PatientRow(
        long id,
        String familyName,
        String givenName,
        LocalDate dateOfBirth,
        PatientStatus status,
        String assignedTherapist,
        boolean referralNeeded) {

    static PatientRow of(Patient patient, boolean referralNeeded) {
        return new PatientRow(
                patient.id(),
                patient.name().family(),
                patient.name().given(),
                patient.dateOfBirth(),
                patient.status(),
                patient.assignedTherapist().orElse(null),
                referralNeeded);
    }
}
