package org.clinicportal.intake;

/** Recent changes in training that load the hip. */
public enum TrainingChange {
    SPEED_WORK,
    HILLS,
    DOWNHILL
}
