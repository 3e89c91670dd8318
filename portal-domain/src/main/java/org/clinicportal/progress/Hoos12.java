package org.clinicportal.progress;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * HOOS-12, the short Hip disability and Osteoarthritis Outcome Score: 12 items, each 0 (none) to 4
 * (extreme), four each for pain, function in daily living, and hip-related quality of life. Each
 * scale is scored 0 to 100, 100 best: 100 − mean × 25 over its answered items, and only with at
 * least two of its four items answered.
 */
public final class Hoos12 {

    public static final int ITEMS = 12;
    public static final int ITEMS_PER_SCALE = 4;
    public static final int MIN_ANSWERED_PER_SCALE = 2;
    public static final int MAX_ITEM = 4;

    /** The scales, in questionnaire order: items 1–4, 5–8, 9–12. */
    public enum Scale {
        PAIN,
        FUNCTION,
        QUALITY_OF_LIFE
    }

    /** The three scale scores; a scale is empty when fewer than two of its items were answered. */
    public record Scores(Optional<Integer> pain, Optional<Integer> function, Optional<Integer> qualityOfLife) {}

    private Hoos12() {}

    /** @param answers 12 answers in questionnaire order, null where the item was left out */
    public static Scores score(List<Integer> answers) {
        if (Objects.requireNonNull(answers, "answers").size() != ITEMS) {
            throw new IllegalArgumentException("HOOS-12 has 12 items, not " + answers.size());
        }
        return new Scores(
                scale(answers, Scale.PAIN), scale(answers, Scale.FUNCTION), scale(answers, Scale.QUALITY_OF_LIFE));
    }

    /** Whether every scale has the two answers it needs to be scored. */
    public static boolean isScorable(List<Integer> answers) {
        return answers.size() == ITEMS
                && Arrays.stream(Scale.values())
                        .allMatch(scale -> answered(answers, scale).size() >= MIN_ANSWERED_PER_SCALE);
    }

    static Optional<Integer> scale(List<Integer> answers, Scale scale) {
        List<Integer> answered = answered(answers, scale);
        for (int answer : answered) {
            if (answer < 0 || answer > MAX_ITEM) {
                throw new IllegalArgumentException("A HOOS-12 item is rated 0 to 4, not " + answer);
            }
        }
        if (answered.size() < MIN_ANSWERED_PER_SCALE) {
            return Optional.empty();
        }
        int sum = answered.stream().mapToInt(Integer::intValue).sum();
        return Optional.of(Math.round(100 - (float) sum / answered.size() * 25));
    }

    private static List<Integer> answered(List<Integer> answers, Scale scale) {
        int first = scale.ordinal() * ITEMS_PER_SCALE;
        return answers.subList(first, first + ITEMS_PER_SCALE).stream()
                .filter(Objects::nonNull)
                .toList();
    }
}
