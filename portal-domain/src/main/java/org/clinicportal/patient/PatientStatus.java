package org.clinicportal.patient;

/** Whether the clinic is currently treating the patient. */
public enum PatientStatus {
    ACTIVE,
    DISCHARGED
}
