package org.clinicportal.intake;

/** Why an intake cannot be signed now; the rule lives in {@link Intake#signingObstacle()}. */
public enum SigningObstacle {
    ALREADY_SIGNED,
    RED_FLAGS_UNANSWERED
}
