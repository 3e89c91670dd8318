package org.clinicportal.reminder;

/** The emails the portal sends on its own; each can be stopped by the link it carries. */
public enum EmailKind {
    /** To a patient: exercises due today and not yet logged. */
    EXERCISES,
    /** To a patient: the outcome questionnaire is due. */
    QUESTIONNAIRE,
    /** To a therapist: how many new alerts their patients raised since the last one. */
    ALERT_DIGEST,
    /** To a therapist: a patient reported a red flag from home. */
    RED_FLAG;

    /** Whether a patient gets this kind, rather than staff. */
    public boolean toPatients() {
        return this == EXERCISES || this == QUESTIONNAIRE;
    }
}
