package org.clinicportal.intake;

/** A draft can be changed; a signed intake is read-only and corrected only by addenda. */
public enum IntakeStatus {
    DRAFT,
    SIGNED
}
