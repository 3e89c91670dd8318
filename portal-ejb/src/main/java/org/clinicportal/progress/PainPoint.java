package org.clinicportal.progress;

import java.time.LocalDate;

/** Pain during and after one logged session or run. */
public record PainPoint(LocalDate day, int during, int after, boolean run) {}
