package org.clinicportal.tenancy;

import org.clinicportal.training.DistanceUnit;

/** What the screens show of a clinic. */
public record ClinicView(String slug, String name, String timeZone, DistanceUnit distanceUnit, boolean active) {

    static ClinicView of(Clinic clinic) {
        return new ClinicView(
                clinic.slug(), clinic.name(), clinic.timeZone().getId(), clinic.distanceUnit(), clinic.isActive());
    }
}
