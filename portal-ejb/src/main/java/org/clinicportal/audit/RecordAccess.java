package org.clinicportal.audit;

import java.time.OffsetDateTime;
import org.clinicportal.staff.StaffRole;
import org.clinicportal.trail.AuditAction;

/** One time a member of the clinic's staff opened or changed a patient's record, as the patient sees it. */
public record RecordAccess(
        OffsetDateTime occurredAt,
        String staffGivenName,
        String staffFamilyName,
        StaffRole staffRole,
        AuditAction action) {

    public boolean viewed() {
        return action.isReading();
    }
}
