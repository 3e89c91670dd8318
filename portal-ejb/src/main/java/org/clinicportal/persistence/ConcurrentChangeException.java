package org.clinicportal.persistence;

import org.clinicportal.message.Refusal;

/** Someone else saved the same record after the caller opened it; nothing was overwritten. */
public class ConcurrentChangeException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("refused.concurrentChange");
    }

    /**
     * The one optimistic check every editor makes: the version the caller's page was built from must still be the
     * record's current one.
     */
    public static void requireCurrent(long current, long seen) throws ConcurrentChangeException {
        if (current != seen) {
            throw new ConcurrentChangeException();
        }
    }
}
