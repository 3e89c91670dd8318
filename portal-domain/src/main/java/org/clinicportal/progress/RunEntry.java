package org.clinicportal.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.training.Distance;

/**
 * A logged run as the alert rules read it.
 *
 * @param sorenessHours how long soreness lasted; empty when none was reported
 * @param stillSore     the runner was still sore when they logged it
 */
public record RunEntry(
        LocalDate day, Distance distance, int painAfter, Optional<Integer> sorenessHours, boolean stillSore) {

    public RunEntry {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(sorenessHours, "sorenessHours");
        Pain.of(painAfter);
    }
}
