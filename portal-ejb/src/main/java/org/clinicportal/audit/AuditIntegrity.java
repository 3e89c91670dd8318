package org.clinicportal.audit;

import java.time.OffsetDateTime;

/**
 * What the clinic's audit chain says about its log: intact since its first entry, or broken at the first entry
 * whose content or link no longer matches, or at its end when its latest entries were removed.
 *
 * @param entries          how many entries the log holds
 * @param since            when the first of them was written; null for an empty log
 * @param brokenAt         the place in the chain of the first entry that was changed, or that follows a removed one
 * @param brokenOccurredAt when that entry says it was written
 * @param lastIntact       the last entry still in the log when entries after it were removed; null otherwise
 * @param checkedInFull    when the whole log was last found intact; null when only ever checked a part at a time
 */
public record AuditIntegrity(
        long entries,
        OffsetDateTime since,
        Long brokenAt,
        OffsetDateTime brokenOccurredAt,
        Long lastIntact,
        OffsetDateTime checkedInFull) {

    public boolean intact() {
        return brokenAt == null && lastIntact == null;
    }
}
