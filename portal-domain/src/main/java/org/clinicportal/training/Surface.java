package org.clinicportal.training;

/** The surfaces a runner runs on: asked at the intake, logged with each run. */
public enum Surface {
    CONCRETE,
    ASPHALT,
    TRAIL,
    TRACK,
    CAMBERED_ROAD
}
