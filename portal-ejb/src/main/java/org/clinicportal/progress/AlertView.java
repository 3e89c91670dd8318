package org.clinicportal.progress;

import java.time.OffsetDateTime;
import java.util.List;
import org.clinicportal.intake.RedFlag;

/** An alert and what became of it; red flags the patient reported appear here too, as kind RED_FLAG. */
public record AlertView(
        long id,
        long version,
        AlertKind kind,
        List<RedFlag> redFlags,
        String detail,
        OffsetDateTime raisedAt,
        boolean open,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt,
        String note) {}
