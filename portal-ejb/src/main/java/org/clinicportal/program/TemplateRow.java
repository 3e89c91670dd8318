package org.clinicportal.program;

/** A line of the template list. */
public record TemplateRow(
        long id, String name, String description, boolean shared, boolean returnToRun, long exercises) {}
