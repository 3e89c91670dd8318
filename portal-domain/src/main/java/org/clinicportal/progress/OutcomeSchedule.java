package org.clinicportal.progress;

import java.time.LocalDate;
import java.util.Optional;

/** When a patient is next asked for the outcome measures, every so many weeks after the last taking. */
public final class OutcomeSchedule {

    private OutcomeSchedule() {}

    /**
     * @param everyWeeks how often the therapist asks; empty when only at visits
     * @param lastTaken  the last taking; empty when never: then it is due at once
     */
    public static Optional<LocalDate> nextDue(
            Optional<Integer> everyWeeks, Optional<LocalDate> lastTaken, LocalDate today) {
        return everyWeeks.map(
                weeks -> lastTaken.map(last -> last.plusWeeks(weeks)).orElse(today));
    }
}
