package org.clinicportal.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a version of a patient's program prescribes: from when, the exercises, the return-to-run
 * ramp if it is part of it, and a note for the patient.
 *
 * @param start           the first day of week 1
 * @param returnToRunFrom the first day of ramp week 1; empty when the program has no running
 * @param items           the exercises, in the order the patient sees them
 * @param notes           what the therapist tells the patient about the whole program
 */
public record ProgramPlan(
        LocalDate start, Optional<LocalDate> returnToRunFrom, List<ProgramItem> items, Optional<String> notes) {

    public ProgramPlan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(returnToRunFrom, "returnToRunFrom");
        Objects.requireNonNull(notes, "notes");
        items = List.copyOf(items);
        if (items.isEmpty() && returnToRunFrom.isEmpty()) {
            throw new IllegalArgumentException("A program needs at least one exercise or the return-to-run ramp.");
        }
        if (returnToRunFrom.filter(ramp -> ramp.isBefore(start)).isPresent()) {
            throw new IllegalArgumentException("The return-to-run ramp cannot start before the program.");
        }
    }
}
