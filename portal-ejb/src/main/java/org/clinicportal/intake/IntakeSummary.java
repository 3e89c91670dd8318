package org.clinicportal.intake;

import java.time.LocalDate;
import java.util.List;

/** An intake in the patient's visit timeline. */
public record IntakeSummary(long id, LocalDate visitDate, IntakeStatus status, String therapist, List<Condition> hypotheses) {

    static IntakeSummary of(Intake intake) {
        return new IntakeSummary(intake.id(), intake.visitDate(), intake.status(), intake.createdBy(), intake.hypotheses());
    }
}
