package org.clinicportal.intake;

/** Signs that call for a physician before any home program; each one raises a referral alert. */
public enum RedFlag {
    POP_OR_SUDDEN_WEAKNESS,
    CANNOT_BEAR_WEIGHT,
    HOT_SWOLLEN_OR_FEVER,
    NERVE_SYMPTOMS_DOWN_LEG,
    DEEP_GROIN_PAIN_WORSENING,
    SEVERE_OR_WITH_WEIGHT_LOSS,
    BONE_DEEP_PAIN_AFTER_RAMP,
    NIGHT_PAIN,
    SWELLING_OR_BRUISING,
    SHARP_STABBING_PAIN,
    NO_IMPROVEMENT_WITH_REST
}
