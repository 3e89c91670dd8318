package org.clinicportal.illustration;

/** The points of a stick figure that props attach to; "2" is the far limb, or the left one seen from the front. */
public enum Joint {
    HEAD,
    NECK,
    SHOULDER,
    SHOULDER2,
    HIP,
    HIP2,
    ELBOW,
    HAND,
    ELBOW2,
    HAND2,
    KNEE,
    ANKLE,
    TOE,
    KNEE2,
    ANKLE2,
    TOE2
}
