package org.clinicportal.intake;

/** Where the runner feels the pain; several may apply. */
public enum PainLocation {
    LATERAL_HIP,
    ANTERIOR_HIP,
    GROIN,
    BUTTOCK,
    RADIATING_TO_KNEE,
    RADIATING_DOWN_LEG
}
