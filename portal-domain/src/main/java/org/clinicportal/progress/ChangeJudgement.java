package org.clinicportal.progress;

/** How a change between two measurements compares with the minimal clinically important change. */
public enum ChangeJudgement {
    MEANINGFUL_IMPROVEMENT,
    NO_MEANINGFUL_CHANGE,
    MEANINGFUL_WORSENING;

    /**
     * @param improvement how much better the later measurement is, in the scale's points (negative: worse)
     * @param minimalImportantChange the smallest change that counts
     */
    static ChangeJudgement of(int improvement, int minimalImportantChange) {
        if (improvement >= minimalImportantChange) {
            return MEANINGFUL_IMPROVEMENT;
        }
        return improvement <= -minimalImportantChange ? MEANINGFUL_WORSENING : NO_MEANINGFUL_CHANGE;
    }
}
