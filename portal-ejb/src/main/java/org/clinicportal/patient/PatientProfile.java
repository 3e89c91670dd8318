package org.clinicportal.patient;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The patient page's view of a patient, with the version the edit form must send back.
 *
 * @param details the editable details, a fresh copy for a form to bind to
 */
public record PatientProfile(
        long id,
        long version,
        String displayName,
        LocalDate dateOfBirth,
        int age,
        PatientStatus status,
        PatientDetails details,
        boolean portalAccess,
        OffsetDateTime registeredAt) {}
