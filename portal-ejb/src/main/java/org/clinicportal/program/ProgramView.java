package org.clinicportal.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The current version of a patient's program, everything the patient follows.
 *
 * @param returnToRunFrom the first day of the ramp; null when the program has no running
 * @param notes           empty text when there are none
 */
public record ProgramView(
        long programId,
        long patientId,
        String patientName,
        int version,
        LocalDate start,
        LocalDate returnToRunFrom,
        String notes,
        List<ItemView> items,
        String createdBy,
        OffsetDateTime createdAt) {

    public boolean includesReturnToRun() {
        return returnToRunFrom != null;
    }
}
