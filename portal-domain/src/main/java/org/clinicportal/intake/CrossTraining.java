package org.clinicportal.intake;

/** Other training the runner does besides running. */
public enum CrossTraining {
    CYCLING,
    SWIMMING,
    STRENGTH_TRAINING,
    OTHER
}
