package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    /** A Wednesday: weeks run Wednesday to Tuesday. */
    private static final LocalDate START = LocalDate.of(2026, 11, 4);

    @Test
    void weeksCountFromTheStartDateNotTheCalendar() {
        assertEquals(OptionalInt.empty(), Schedule.programWeek(START, START.minusDays(1)));
        assertEquals(OptionalInt.of(1), Schedule.programWeek(START, START));
        assertEquals(OptionalInt.of(1), Schedule.programWeek(START, START.plusDays(6)));
        assertEquals(OptionalInt.of(2), Schedule.programWeek(START, START.plusDays(7)));
        assertEquals(OptionalInt.of(5), Schedule.programWeek(START, START.plusDays(28)));
    }

    @ParameterizedTest(name = "{0} a week falls on program days {1}")
    @CsvSource({"1, 0", "2, 0 3", "3, 0 2 4", "4, 0 1 3 5", "5, 0 1 2 4 5", "6, 0 1 2 3 4 5", "7, 0 1 2 3 4 5 6"})
    void sessionsAreSpreadOverTheWeekStartingOnItsFirstDay(int timesPerWeek, String days) {
        List<Integer> expected =
                Arrays.stream(days.split(" ")).map(Integer::valueOf).toList();
        for (int week = 0; week < 3; week++) {
            int offset = week * 7;
            List<Integer> due = IntStream.range(0, 7)
                    .filter(day -> Schedule.isTrainingDay(timesPerWeek, START, START.plusDays(offset + day)))
                    .boxed()
                    .toList();
            assertEquals(expected, due, "week " + (week + 1));
        }
    }

    @Test
    void nothingIsDueBeforeTheStart() {
        assertFalse(Schedule.isTrainingDay(7, START, START.minusDays(1)));
        assertFalse(Schedule.isTrainingDay(7, START, START.minusDays(7)));
    }

    @Test
    void daysAWeekAreOneToSeven() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.isTrainingDay(0, START, START));
        assertThrows(IllegalArgumentException.class, () -> Schedule.isTrainingDay(8, START, START));
    }

    @Test
    void anItemIsDueInsideItsPhaseOnItsTrainingDays() {
        ProgramItem weeksThreeToFour = new ProgramItem(
                1, Phase.weeks(3, 4), Dosage.timesPerWeek(2).reps(10).build(), null);
        assertFalse(weeksThreeToFour.isDueOn(START, START.plusDays(13)), "last day of week 2");
        assertTrue(weeksThreeToFour.isDueOn(START, START.plusDays(14)), "first day of week 3");
        assertFalse(weeksThreeToFour.isDueOn(START, START.plusDays(15)), "not a training day");
        assertTrue(weeksThreeToFour.isDueOn(START, START.plusDays(24)), "day 4 of week 4");
        assertFalse(weeksThreeToFour.isDueOn(START, START.plusDays(28)), "first day of week 5");
    }

    @Test
    void anOpenEndedPhaseGoesOn() {
        ProgramItem fromWeekFive =
                new ProgramItem(1, Phase.fromWeek(5), Dosage.daily().minutes(10).build(), null);
        assertFalse(fromWeekFive.isDueOn(START, START.plusDays(27)));
        assertTrue(fromWeekFive.isDueOn(START, START.plusDays(28)));
        assertTrue(fromWeekFive.isDueOn(START, START.plusDays(400)));
    }
}
