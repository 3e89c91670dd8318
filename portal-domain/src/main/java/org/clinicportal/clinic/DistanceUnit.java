package org.clinicportal.clinic;

/** How a clinic shows distances by default; distances are stored in one unit whatever this says. */
public enum DistanceUnit {
    KILOMETRES,
    MILES
}
