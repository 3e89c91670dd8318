package org.clinicportal.intake;

/** How well the runner controls a single-leg squat on one side. */
public enum SquatQuality {
    GOOD,
    FAIR,
    POOR
}
