package org.clinicportal.patient;

/** A therapist of the clinic a patient can be assigned to, as the picker shows them. */
public record TherapistOption(String username, String name) {}
