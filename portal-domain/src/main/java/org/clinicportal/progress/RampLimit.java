package org.clinicportal.progress;

import java.time.LocalDate;
import java.util.Objects;
import org.clinicportal.training.Distance;

/**
 * A prescribed week of the return-to-run ramp (weeks 1 to 3): from its first day, the most the
 * runner may cover. Inside it the ramp's target, not the 10 % rule, is what running is judged by.
 */
public record RampLimit(LocalDate from, Distance cap) {

    public RampLimit {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(cap, "cap");
    }
}
