package org.clinicportal.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.clinicportal.training.Distance;
import org.clinicportal.training.TrainingRamp;

/**
 * The four-week return-to-run ramp. Week 1: three runs of at most 1.5 miles, prehab before every
 * run. Week 2: four runs of at most 2 miles. Week 3: four runs of at most 3 miles and strength twice.
 * From week 4 the weekly distance grows by at most 10 % a week; planned from week 3's 12 miles
 * until the runner's logged weeks say more.
 */
public final class ReturnToRun {

    public static final int FREE_PROGRESSION_FROM_WEEK = 4;
    private static final int STRENGTH_FROM_WEEK = 3;
    private static final int STRENGTH_SESSIONS = 2;

    private ReturnToRun() {}

    /** The ramp week the date falls in; empty before the ramp starts. */
    public static Optional<RunWeek> weekOf(LocalDate rampStart, LocalDate date) {
        return Schedule.programWeek(rampStart, date).stream()
                .mapToObj(ReturnToRun::week)
                .findFirst();
    }

    /** The targets of a ramp week, from 1. */
    public static RunWeek week(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Ramp weeks count from 1, not " + number);
        }
        int strength = number >= STRENGTH_FROM_WEEK ? STRENGTH_SESSIONS : 0;
        return switch (number) {
            case 1 -> prescribed(1, 3, "1.5", strength);
            case 2 -> prescribed(2, 4, "2", strength);
            case 3 -> prescribed(3, 4, "3", strength);
            default ->
                new RunWeek(
                        number,
                        Optional.empty(),
                        Optional.empty(),
                        TrainingRamp.nextWeekCap(week(number - 1).weeklyCap()),
                        true,
                        strength);
        };
    }

    private static RunWeek prescribed(int number, int runs, String miles, int strength) {
        Distance longest = Distance.ofMiles(miles);
        Distance cap = Distance.ofMiles(new BigDecimal(miles).multiply(BigDecimal.valueOf(runs)));
        return new RunWeek(number, Optional.of(runs), Optional.of(longest), cap, true, strength);
    }
}
