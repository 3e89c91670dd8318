package org.clinicportal.progress;

/** Pain on the numeric rating scale (NPRS): 0 is none, 10 the worst imaginable. */
public final class Pain {

    public static final int NONE = 0;
    public static final int WORST = 10;
    /** The smallest change a patient notices as real: 2 points. */
    public static final int MINIMAL_IMPORTANT_CHANGE = 2;

    private Pain() {}

    /** The score, checked: 0 to 10. */
    public static int of(int score) {
        if (score < NONE || score > WORST) {
            throw new IllegalArgumentException("Pain is scored 0 to 10, not " + score);
        }
        return score;
    }

    /** Less pain is better: a fall of 2 points or more is a meaningful improvement. */
    public static ChangeJudgement judge(int before, int after) {
        return ChangeJudgement.of(of(before) - of(after), MINIMAL_IMPORTANT_CHANGE);
    }
}
