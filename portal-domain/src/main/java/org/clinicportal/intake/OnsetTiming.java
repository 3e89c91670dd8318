package org.clinicportal.intake;

/** When, in relation to a run, the pain comes on. */
public enum OnsetTiming {
    DURING_RUN,
    RIGHT_AFTER,
    HOURS_AFTER_OR_NEXT_MORNING
}
