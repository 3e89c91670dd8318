package org.clinicportal.progress;

import java.time.OffsetDateTime;

/** An alert and what became of it; red flags the patient reported appear here too, as kind RED_FLAG. */
public record AlertView(
        long id,
        long version,
        AlertKind kind,
        String detail,
        OffsetDateTime raisedAt,
        boolean open,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt,
        String note) {}
