package org.clinicportal.intake;

/** Known risk factors for hip pain in runners. */
public enum RiskFactor {
    WEAK_GLUTES,
    MUSCLE_IMBALANCE,
    LEG_LENGTH_DISCREPANCY,
    TIGHT_HIPS,
    OVERSTRIDING,
    LOW_BONE_DENSITY,
    SLOPED_ROADS
}
