package org.clinicportal.reminder;

import java.time.LocalDate;
import org.clinicportal.language.Language;
import org.clinicportal.mail.PortalLinks;

/**
 * A therapist's daily digest: how many alerts their patients raised since the last digest time and are still
 * open. A number only; which patients and what alerts, the caseload shows.
 */
public record AlertDigest(String username, String address, Language language, long newAlerts, LocalDate forDay)
        implements DueEmail {

    @Override
    public EmailKind kind() {
        return EmailKind.ALERT_DIGEST;
    }

    @Override
    public String recipient() {
        return username;
    }

    @Override
    public Object[] arguments(PortalLinks links) {
        return new Object[] {newAlerts, links.home()};
    }
}
