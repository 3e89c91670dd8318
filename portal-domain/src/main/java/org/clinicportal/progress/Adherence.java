package org.clinicportal.progress;

import java.util.OptionalInt;

/** The share of due exercises done, in whole per cent. Exercises done beyond what was due do not count. */
public final class Adherence {

    /** Under this, over 14 days, the therapist is alerted. */
    public static final int ALERT_BELOW_PERCENT = 50;

    public static final int ALERT_WINDOW_DAYS = 14;

    private Adherence() {}

    /** @return empty when nothing was due */
    public static OptionalInt percent(int due, int done) {
        if (due < 0 || done < 0) {
            throw new IllegalArgumentException(
                    "Counts of exercises cannot be negative: " + due + " due, " + done + " done");
        }
        if (due == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.round(100f * Math.min(done, due) / due));
    }
}
