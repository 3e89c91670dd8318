package org.clinicportal.audit;

import java.time.OffsetDateTime;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditEntry;

/** An audit entry as the log shows it; patient and address are null when there were none. */
public record AuditRow(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        AuditAction action,
        Long patientId,
        String patientName,
        String subject,
        String address) {

    static AuditRow of(AuditEntry entry, String patientName) {
        return new AuditRow(
                entry.id(),
                entry.occurredAt(),
                entry.actor(),
                entry.action(),
                entry.patientId(),
                patientName,
                entry.subject(),
                entry.address());
    }
}
