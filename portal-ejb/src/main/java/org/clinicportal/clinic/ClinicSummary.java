package org.clinicportal.clinic;

/** A clinic on the platform with its number of staff and patients. */
public record ClinicSummary(
        String slug, String name, String timeZone, String distanceUnit, boolean active, long staff, long patients) {}
