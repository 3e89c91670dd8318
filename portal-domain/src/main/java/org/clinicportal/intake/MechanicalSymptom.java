package org.clinicportal.intake;

/** Mechanical sensations in the joint. */
public enum MechanicalSymptom {
    CLICKING,
    POPPING,
    GRINDING,
    CATCHING,
    LOCKING,
    INSTABILITY
}
