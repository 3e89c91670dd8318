package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.training.TrainingRamp;
import org.junit.jupiter.api.Test;

class ReturnToRunTest {

    private static final LocalDate RAMP_START = LocalDate.of(2026, 11, 2);

    @Test
    void weekOneIsThreeRunsOfAtMostOneAndAHalfMilesWithPrehab() {
        RunWeek week = ReturnToRun.week(1);
        assertEquals(Optional.of(3), week.runs());
        assertEquals(Optional.of(Distance.ofMiles("1.5")), week.longestRun());
        assertEquals(Distance.ofMiles("4.5"), week.weeklyCap());
        assertTrue(week.prehabBeforeRuns());
        assertEquals(0, week.strengthSessions());
    }

    @Test
    void weekTwoIsFourRunsOfAtMostTwoMiles() {
        RunWeek week = ReturnToRun.week(2);
        assertEquals(Optional.of(4), week.runs());
        assertEquals(Optional.of(Distance.ofMiles("2")), week.longestRun());
        assertEquals(Distance.ofMiles("8"), week.weeklyCap());
    }

    @Test
    void weekThreeIsFourRunsOfAtMostThreeMilesAndStrengthTwice() {
        RunWeek week = ReturnToRun.week(3);
        assertEquals(Optional.of(4), week.runs());
        assertEquals(Optional.of(Distance.ofMiles("3")), week.longestRun());
        assertEquals(Distance.ofMiles("12"), week.weeklyCap());
        assertEquals(2, week.strengthSessions());
        assertFalse(week.isFreeProgression());
    }

    @Test
    void fromWeekFourTheWeekGrowsByAtMostTenPercent() {
        RunWeek four = ReturnToRun.week(4);
        assertTrue(four.isFreeProgression());
        assertEquals(Optional.empty(), four.longestRun());
        assertEquals(
                Distance.ofMiles("13.2").in(DistanceUnit.MILES),
                four.weeklyCap().in(DistanceUnit.MILES));
        RunWeek five = ReturnToRun.week(5);
        assertEquals(TrainingRamp.nextWeekCap(four.weeklyCap()), five.weeklyCap());
        assertEquals(new BigDecimal("14.52"), five.weeklyCap().in(DistanceUnit.MILES));
        assertEquals(2, five.strengthSessions());
    }

    @Test
    void theDateFindsItsRampWeek() {
        assertEquals(Optional.empty(), ReturnToRun.weekOf(RAMP_START, RAMP_START.minusDays(1)));
        assertEquals(1, ReturnToRun.weekOf(RAMP_START, RAMP_START).orElseThrow().number());
        assertEquals(
                1,
                ReturnToRun.weekOf(RAMP_START, RAMP_START.plusDays(6))
                        .orElseThrow()
                        .number());
        assertEquals(
                2,
                ReturnToRun.weekOf(RAMP_START, RAMP_START.plusDays(7))
                        .orElseThrow()
                        .number());
        assertEquals(
                4,
                ReturnToRun.weekOf(RAMP_START, RAMP_START.plusDays(21))
                        .orElseThrow()
                        .number());
    }

    @Test
    void rampWeeksCountFromOne() {
        assertThrows(IllegalArgumentException.class, () -> ReturnToRun.week(0));
    }
}
