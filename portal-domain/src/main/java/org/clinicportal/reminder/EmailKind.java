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
    RED_FLAG,
    /** To a patient or their therapist: a new message is waiting in the portal. */
    MESSAGES;

    /** Whether a patient may get this kind. */
    public boolean toPatients() {
        return this == EXERCISES || this == QUESTIONNAIRE || this == MESSAGES;
    }

    /** Whether a staff member may get this kind. */
    public boolean toStaff() {
        return this == ALERT_DIGEST || this == RED_FLAG || this == MESSAGES;
    }
}
