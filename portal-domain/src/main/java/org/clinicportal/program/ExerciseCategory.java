package org.clinicportal.program;

/** What an exercise is for, in the order a program lists them. */
public enum ExerciseCategory {
    WARM_UP,
    STRENGTH,
    MOBILITY,
    GAIT_RETRAINING,
    RECOVERY
}
