package org.clinicportal.intake;

/** Activities that make the pain worse. */
public enum AggravatingActivity {
    RUNNING,
    WALKING,
    STAIRS,
    RISING_FROM_LOW_SEAT,
    LYING_ON_AFFECTED_SIDE,
    PROLONGED_SITTING,
    LIFTING_THE_LEG,
    PUTTING_ON_SOCKS
}
