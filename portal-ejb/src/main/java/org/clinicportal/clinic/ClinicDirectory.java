package org.clinicportal.clinic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;

/** Looks up clinics for the people who work with them. */
@Stateless
public class ClinicDirectory {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    /** The clinic the caller belongs to, as their token names it; empty for platform admins. */
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.CLINIC_ADMIN_NAME, Role.THERAPIST_NAME, Role.PATIENT_NAME})
    public Optional<ClinicView> callersClinic() {
        return caller.clinic().map(slug -> entityManager.find(Clinic.class, slug)).map(ClinicView::of);
    }
}
