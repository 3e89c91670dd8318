package org.clinicportal.progress;

import org.clinicportal.language.Language;

/**
 * A patient reported a red-flag symptom from home: their therapist is told by email once it is stored.
 *
 * @param therapistEmail where the patient's assigned therapist reads email
 * @param language the language the therapist chose for the portal, which the email speaks too
 * @param patientId the patient, for the link to their page
 */
public record RedFlagReportedFromHome(String therapistEmail, Language language, long patientId) {}
