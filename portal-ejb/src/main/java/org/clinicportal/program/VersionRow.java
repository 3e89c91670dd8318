package org.clinicportal.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A version in a program's history: who made it, when, and what it held. */
public record VersionRow(
        int number,
        LocalDate start,
        int exercises,
        boolean returnToRun,
        String createdBy,
        OffsetDateTime createdAt,
        boolean current) {}
