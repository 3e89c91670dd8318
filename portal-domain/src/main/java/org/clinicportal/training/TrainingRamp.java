package org.clinicportal.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How fast weekly running distance grew, judged against the 10 % rule: a week's distance should
 * be at most 1.10 times the week before. Over the four weeks an intake looks back, that compounds
 * to at most 1.1⁴ = 1.4641 times the distance of four weeks ago.
 */
public final class TrainingRamp {

    /** The 10 % rule: next week at most 1.10 × this week. */
    public static final BigDecimal WEEKLY_CAP = new BigDecimal("1.10");

    private static final BigDecimal FOUR_WEEK_CAP = WEEKLY_CAP.pow(4);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Distance earlier;
    private final Distance now;
    private final int weeks;

    private TrainingRamp(Distance earlier, Distance now, int weeks) {
        this.earlier = Objects.requireNonNull(earlier, "earlier");
        this.now = Objects.requireNonNull(now, "now");
        this.weeks = weeks;
    }

    /** Week-on-week: this week against last week. */
    public static TrainingRamp weekOnWeek(Distance lastWeek, Distance thisWeek) {
        return new TrainingRamp(lastWeek, thisWeek, 1);
    }

    /** The intake's view: this week's distance against the week four weeks ago. */
    public static TrainingRamp overFourWeeks(Distance fourWeeksAgo, Distance thisWeek) {
        return new TrainingRamp(fourWeeksAgo, thisWeek, 4);
    }

    /** The most the later distance may be under the 10 % rule. */
    public static Distance nextWeekCap(Distance thisWeek) {
        return Distance.ofKilometres(thisWeek.kilometres().multiply(WEEKLY_CAP));
    }

    /**
     * The change in per cent of the earlier distance, one decimal; empty when there was no earlier
     * running to compare with (a start from zero is not a ramp the rule can judge).
     */
    public Optional<BigDecimal> changePercent() {
        if (earlier.isZero()) {
            return Optional.empty();
        }
        BigDecimal ratio = now.kilometres().divide(earlier.kilometres(), MathContext.DECIMAL64);
        return Optional.of(ratio.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
    }

    /** True when the distance grew faster than the 10 % rule allows over the period; exactly 10 % a week is within it. */
    public boolean breaksTenPercentRule() {
        if (earlier.isZero()) {
            return false;
        }
        BigDecimal cap = weeks == 1 ? WEEKLY_CAP : FOUR_WEEK_CAP;
        return now.kilometres().compareTo(earlier.kilometres().multiply(cap)) > 0;
    }

    public Distance earlier() {
        return earlier;
    }

    public Distance now() {
        return now;
    }
}
