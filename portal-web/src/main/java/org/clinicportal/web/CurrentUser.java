package org.clinicportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.ClinicDirectory;
import org.clinicportal.tenancy.ClinicView;
import org.omnifaces.util.Faces;

/** The header of every signed-in page: who is signed in, for which clinic, and what they may open. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private Caller caller;

    @Inject
    private ClinicDirectory clinics;

    private Optional<ClinicView> clinic;

    public boolean isSignedIn() {
        return caller.isAuthenticated();
    }

    public String getUsername() {
        return caller.username();
    }

    public String getDisplayName() {
        return caller.displayName();
    }

    /** The clinic's name, or empty for a platform admin, who belongs to no clinic. */
    public String getClinicName() {
        if (clinic == null) {
            clinic = clinics.callersClinic();
        }
        return clinic.map(ClinicView::name).orElse("");
    }

    /** A moment shown in the clinic's time zone and the reader's language, e.g. 8 Nov 2026, 18:26 or 08.11.2026, 18:26. */
    public String dateTime(OffsetDateTime moment) {
        if (moment == null) {
            return "";
        }
        getClinicName();
        ZoneId zone = clinic.map(view -> ZoneId.of(view.timeZone())).orElse(ZoneOffset.UTC);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Faces.getLocale())
                .format(moment.atZoneSameInstant(zone));
    }

    /** A day in the reader's language, e.g. 8 Nov 2026 or 08.11.2026. */
    public String date(LocalDate day) {
        return DateInput.shown(day, Faces.getLocale());
    }

    public boolean isPlatformAdmin() {
        return caller.roles().contains(Role.PLATFORM_ADMIN);
    }

    public boolean isClinicAdmin() {
        return caller.roles().contains(Role.CLINIC_ADMIN);
    }

    public boolean isTherapist() {
        return caller.roles().contains(Role.THERAPIST);
    }

    public boolean isPatient() {
        return caller.roles().contains(Role.PATIENT);
    }
}
