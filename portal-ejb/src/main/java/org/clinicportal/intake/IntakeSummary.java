package org.clinicportal.intake;

import java.time.LocalDate;
import java.util.List;

/** A visit in the patient's timeline: the intake or a follow-up. */
public record IntakeSummary(
        long id,
        VisitKind kind,
        LocalDate visitDate,
        IntakeStatus status,
        String therapist,
        List<Condition> hypotheses) {

    static IntakeSummary of(Intake intake) {
        return new IntakeSummary(
                intake.id(),
                intake.kind(),
                intake.visitDate(),
                intake.status(),
                intake.createdBy(),
                intake.hypotheses());
    }
}
