package org.clinicportal.training;

/** Running shoes by the surface they are made for; it sets how long they last. */
public enum ShoeType {
    ROAD,
    TRAIL
}
