package org.clinicportal.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A referral alert as the patient page and the caseload show it. One the patient reported from home
 * belongs to no visit: its {@code intakeId} is {@code null}.
 */
public record ReferralView(
        long id,
        long version,
        long patientId,
        Long intakeId,
        boolean reportedByPatient,
        List<RedFlag> redFlags,
        OffsetDateTime raisedAt,
        boolean open,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt,
        String note) {

    static ReferralView of(ReferralAlert alert) {
        return new ReferralView(
                alert.id(),
                alert.version(),
                alert.patientId(),
                alert.intakeId(),
                alert.isReportedByPatient(),
                List.copyOf(alert.redFlags()),
                alert.raisedAt(),
                alert.isOpen(),
                alert.acknowledgedBy().orElse(null),
                alert.acknowledgedAt().orElse(null),
                alert.note().orElse(null));
    }
}
