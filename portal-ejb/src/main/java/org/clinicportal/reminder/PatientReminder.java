package org.clinicportal.reminder;

import java.time.LocalDate;
import org.clinicportal.language.Language;
import org.clinicportal.mail.PortalLinks;

/**
 * A reminder to a patient: of today's exercises, or of their questionnaire.
 *
 * @param account the patient's Keycloak account, asked whether it may still sign in before anything is sent
 * @param token the token of the patient's schedule, for the link that stops this kind of reminder
 */
public record PatientReminder(
        EmailKind kind,
        long patientId,
        String address,
        String account,
        Language language,
        String token,
        LocalDate forDay)
        implements DueEmail {

    @Override
    public String recipient() {
        return Long.toString(patientId);
    }

    @Override
    public Object[] arguments(PortalLinks links) {
        return new Object[] {kind == EmailKind.QUESTIONNAIRE ? links.questionnaire() : links.home()};
    }
}
