package org.clinicportal.progress;

import org.clinicportal.language.Language;

/**
 * A patient reported a red-flag symptom from home: their therapist is told by email once it is stored.
 *
 * @param clinic the patient's clinic
 * @param therapist the username of the patient's assigned therapist
 * @param therapistEmail where that therapist reads email
 * @param language the language the therapist chose for the portal, which the email speaks too
 * @param patientId the patient, for the link to their page
 */
public record RedFlagReportedFromHome(
        String clinic, String therapist, String therapistEmail, Language language, long patientId) {}
