package org.clinicportal.conversation;

/** The two sides of a patient's conversation with their clinic. */
public enum Side {
    PATIENT,
    /** The clinic's therapists, who share their side as a team. */
    CLINIC;

    public Side other() {
        return this == PATIENT ? CLINIC : PATIENT;
    }
}
