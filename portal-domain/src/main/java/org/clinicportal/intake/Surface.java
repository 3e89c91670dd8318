package org.clinicportal.intake;

/** Surfaces the runner usually runs on. */
public enum Surface {
    CONCRETE,
    ASPHALT,
    TRAIL,
    TRACK,
    CAMBERED_ROAD
}
