package org.clinicportal.preference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.clinicportal.language.Language;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.Clinic;
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
        mine().showDistancesIn(unit);
    }

    /** The language the caller chose; empty until they choose one. */
    public Optional<Language> language() {
        return Optional.ofNullable(entityManager.find(UserPreference.class, caller.username()))
                .flatMap(UserPreference::language);
    }

    public void speak(@NotNull Language language) {
        mine().speak(language);
    }

    /** The caller's preferences, made with their clinic's defaults on their first choice. */
    private UserPreference mine() {
        UserPreference preference = entityManager.find(UserPreference.class, caller.username());
        if (preference == null) {
            preference = new UserPreference(caller.username(), distanceUnit());
            entityManager.persist(preference);
        }
        return preference;
    }
}
