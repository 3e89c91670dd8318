package org.clinicportal.training;

/** How distances are shown to a user or a clinic; they are stored in kilometres whatever this says. */
public enum DistanceUnit {
    KILOMETRES,
    MILES
}
