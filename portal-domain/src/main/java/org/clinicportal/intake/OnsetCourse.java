package org.clinicportal.intake;

/** How the problem began: built up over weeks, or all at once. */
public enum OnsetCourse {
    GRADUAL,
    SUDDEN
}
