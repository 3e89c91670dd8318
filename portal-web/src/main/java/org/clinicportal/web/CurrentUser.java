package org.clinicportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.clinicportal.clinic.ClinicDirectory;
import org.clinicportal.clinic.ClinicView;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;

/** The header of every signed-in page: who is signed in, for which clinic, and what they may open. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private Caller caller;

    @Inject
    private ClinicDirectory clinics;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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

    /** A moment shown in the clinic's time zone, e.g. {@code 2026-11-08 18:26}. */
    public String dateTime(OffsetDateTime moment) {
        if (moment == null) {
            return "";
        }
        getClinicName();
        ZoneId zone = clinic.map(view -> ZoneId.of(view.timeZone())).orElse(ZoneOffset.UTC);
        return DATE_TIME.format(moment.atZoneSameInstant(zone));
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
