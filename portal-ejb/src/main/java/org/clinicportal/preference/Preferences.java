package org.clinicportal.preference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.ClinicOfRequest;
import org.clinicportal.training.DistanceUnit;

/** The caller's own settings. Distances are stored in kilometres; this only says how to show them. */
@Stateless
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME, Role.PATIENT_NAME})
public class Preferences {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private ClinicOfRequest clinics;

    /** The unit the caller chose, or else their clinic's default. */
    public DistanceUnit distanceUnit() {
        return Optional.ofNullable(entityManager.find(UserPreference.class, caller.username()))
                .map(UserPreference::distanceUnit)
                .or(() -> caller.clinic().flatMap(clinics::find).map(Clinic::distanceUnit))
                .orElse(DistanceUnit.KILOMETRES);
    }

    public void showDistancesIn(@NotNull DistanceUnit unit) {
        UserPreference preference = entityManager.find(UserPreference.class, caller.username());
        if (preference == null) {
            entityManager.persist(new UserPreference(caller.username(), unit));
        } else {
            preference.showDistancesIn(unit);
        }
    }
}
