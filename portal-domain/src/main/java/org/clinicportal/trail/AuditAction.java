package org.clinicportal.trail;

/** What was done. Stored by name; append new actions, never rename one. */
public enum AuditAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_UPDATED,
    PATIENT_DISCHARGED,
    PATIENT_READMITTED,
    PORTAL_ACCESS_GIVEN,
    INTAKE_STARTED,
    INTAKE_VIEWED,
    INTAKE_SAVED,
    INTAKE_SIGNED,
    INTAKE_ADDENDUM_ADDED,
    REFERRAL_RAISED,
    REFERRAL_ACKNOWLEDGED,
    EXERCISE_ADDED,
    EXERCISE_CHANGED,
    TEMPLATE_SAVED,
    PROGRAM_ASSIGNED,
    PROGRAM_VIEWED,
    PROGRESS_VIEWED,
    ALERT_ACKNOWLEDGED,
    MEASURE_RECORDED,
    OUTCOME_SCHEDULE_SET,
    STAFF_CREATED,
    STAFF_DISABLED,
    STAFF_ENABLED,
    STAFF_PASSWORD_RESET,
    STAFF_ROLE_CHANGED,
    SIGNED_IN,
    PORTAL_ACCESS_DISABLED,
    PORTAL_ACCESS_ENABLED,
    CLINIC_ONBOARDED,
    CLINIC_DEACTIVATED,
    CLINIC_REACTIVATED,
    PORTAL_INVITATION_SENT,
    MESSAGE_SENT,
    MESSAGES_READ,
    EXERCISE_MEDIUM_UPLOADED,
    EXERCISE_MEDIUM_REMOVED;

    /** Whether the action only opened a patient's record, as opposed to changing it. */
    public boolean isReading() {
        return this == PATIENT_VIEWED
                || this == INTAKE_VIEWED
                || this == PROGRAM_VIEWED
                || this == PROGRESS_VIEWED
                || this == MESSAGES_READ;
    }
}
