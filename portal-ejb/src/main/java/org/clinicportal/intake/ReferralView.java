package org.clinicportal.intake;

import java.time.OffsetDateTime;
import java.util.List;

/** A referral alert as the patient page and the caseload show it. */
public record ReferralView(long id, long version, long patientId, Long intakeId, List<RedFlag> redFlags,
        OffsetDateTime raisedAt, boolean open, String acknowledgedBy, OffsetDateTime acknowledgedAt, String note) {

    static ReferralView of(ReferralAlert alert) {
        return new ReferralView(alert.id(), alert.version(), alert.patientId(), alert.intakeId(),
                List.copyOf(alert.redFlags()), alert.raisedAt(), alert.isOpen(), alert.acknowledgedBy(),
                alert.acknowledgedAt(), alert.note());
    }
}
