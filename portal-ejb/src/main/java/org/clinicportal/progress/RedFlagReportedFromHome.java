package org.clinicportal.progress;

/**
 * A patient reported a red-flag symptom from home: their therapist is told by email once it is stored.
 *
 * @param therapistEmail where the patient's assigned therapist reads email
 * @param patientId the patient, for the link to their page
 */
public record RedFlagReportedFromHome(String therapistEmail, long patientId) {}
