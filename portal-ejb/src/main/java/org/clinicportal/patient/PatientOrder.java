package org.clinicportal.patient;

/** The columns the patient list sorts by. */
public enum PatientOrder {
    NAME,
    DATE_OF_BIRTH,
    STATUS,
    THERAPIST
}
