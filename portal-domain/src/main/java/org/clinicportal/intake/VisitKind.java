package org.clinicportal.intake;

/** The first evaluation of a runner, or a later re-assessment with the same measures. */
public enum VisitKind {
    INTAKE,
    FOLLOW_UP
}
