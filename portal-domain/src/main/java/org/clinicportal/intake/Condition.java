package org.clinicportal.intake;

/** Working hypotheses a therapist can record; the portal may suggest them, never choose them. */
public enum Condition {
    TROCHANTERIC_BURSITIS,
    HIP_FLEXOR_STRAIN,
    ILIOPSOAS_TENDINOPATHY,
    FEMOROACETABULAR_IMPINGEMENT,
    ILIOTIBIAL_BAND_SYNDROME,
    HIP_OSTEOARTHRITIS,
    STRESS_FRACTURE,
    LABRAL_TEAR,
    MUSCLE_STRAIN,
    LATERAL_HIP_OVERLOAD
}
