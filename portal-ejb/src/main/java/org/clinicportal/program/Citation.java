package org.clinicportal.program;

/** A source article as a reader would cite it, and what it says about one exercise. */
public record Citation(String title, String says) {}
