package org.clinicportal.progress;

/**
 * A patient reported a red-flag symptom from home: their therapist is told by email once it is stored.
 *
 * @param clinic the patient's clinic
 * @param patientId the patient, whose assigned therapist is told
 */
public record RedFlagReportedFromHome(String clinic, long patientId) {}
