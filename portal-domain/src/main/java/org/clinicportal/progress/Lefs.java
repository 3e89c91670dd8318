package org.clinicportal.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Lower Extremity Functional Scale: 20 activities, each rated 0 (extreme difficulty or unable)
 * to 4 (no difficulty); the total is 0 to 80, higher is better. Up to two unanswered items are
 * filled with the mean of the answered ones (the total is prorated to 20 items); with more missing
 * the questionnaire cannot be scored.
 */
public final class Lefs {

    public static final int ITEMS = 20;
    public static final int MAX_ITEM = 4;
    public static final int MAX_TOTAL = ITEMS * MAX_ITEM;
    public static final int MAX_MISSING = 2;
    /** The minimal clinically important change: 9 points. */
    public static final int MINIMAL_IMPORTANT_CHANGE = 9;

    private Lefs() {}

    /**
     * The total score.
     *
     * @param answers 20 answers in questionnaire order, null where the item was left out
     * @return empty when more than two items are unanswered
     */
    public static Optional<Integer> total(List<Integer> answers) {
        if (Objects.requireNonNull(answers, "answers").size() != ITEMS) {
            throw new IllegalArgumentException("The LEFS has 20 items, not " + answers.size());
        }
        int answered = 0;
        int sum = 0;
        for (Integer answer : answers) {
            if (answer != null) {
                if (answer < 0 || answer > MAX_ITEM) {
                    throw new IllegalArgumentException("A LEFS item is rated 0 to 4, not " + answer);
                }
                answered++;
                sum += answer;
            }
        }
        if (ITEMS - answered > MAX_MISSING) {
            return Optional.empty();
        }
        return Optional.of(Math.round((float) sum * ITEMS / answered));
    }

    /** More is better: a rise of 9 points or more is a meaningful improvement. */
    public static ChangeJudgement judge(int before, int after) {
        return ChangeJudgement.of(after - before, MINIMAL_IMPORTANT_CHANGE);
    }
}
