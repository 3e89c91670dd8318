package org.clinicportal.audit;

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
    REFERRAL_ACKNOWLEDGED
}
