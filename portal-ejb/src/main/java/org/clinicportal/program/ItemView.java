package org.clinicportal.program;

/**
 * An exercise of a program or template with the dosage and weeks prescribed there.
 *
 * @param note empty text when the therapist wrote none
 */
public record ItemView(ExerciseView exercise, Phase phase, Dosage dosage, String note) {}
