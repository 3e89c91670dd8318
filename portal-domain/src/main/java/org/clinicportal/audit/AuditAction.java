package org.clinicportal.audit;

/** What was done. Stored by name; append new actions, never rename one. */
public enum AuditAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_UPDATED,
    PATIENT_LISTED,
    PATIENT_DISCHARGED,
    PATIENT_READMITTED
}
