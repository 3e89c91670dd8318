package org.clinicportal.progress;

import java.time.LocalDate;

/** The share of a week's due exercises done; null when nothing was due. */
public record WeekAdherence(LocalDate monday, Integer percent) {}
