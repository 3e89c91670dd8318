package org.clinicportal.tenancy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;

/** Looks up clinics for the people who work with them. */
@Stateless
public class ClinicDirectory {

    @Inject
    private Caller caller;

    @Inject
    private ClinicOfRequest clinics;

    /** The clinic the caller belongs to, as their token names it; empty for platform admins. */
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.CLINIC_ADMIN_NAME, Role.THERAPIST_NAME, Role.PATIENT_NAME})
    public Optional<ClinicView> callersClinic() {
        return caller.clinic().flatMap(clinics::find).map(ClinicView::of);
    }
}
