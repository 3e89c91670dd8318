package org.clinicportal.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.clinicportal.training.Distance;
import org.clinicportal.training.ShoeType;
import org.clinicportal.training.ShoeWear;
import org.junit.jupiter.api.Test;

/** Each alert rule at its boundary, and all of them together in priority order. */
class AlertRulesTest {

    /** A Thursday: this week began on Monday 16 November. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 19);

    private static final LocalDate LAST_MONDAY = LocalDate.of(2026, 11, 9);

    @Test
    void rampFiresAboveTenPercentOverLastWeek() {
        List<RunEntry> lastWeek = List.of(run(LAST_MONDAY, "5"), run(LAST_MONDAY.plusDays(3), "5"));
        assertEquals(
                Optional.empty(), AlertRules.ramp(plus(lastWeek, run(TODAY, "11")), TODAY), "exactly 10 % is within");
        assertEquals(
                Optional.of(new Alarm(AlertKind.RAMP, "11.0")),
                AlertRules.ramp(plus(lastWeek, run(TODAY, "11.1")), TODAY));
        assertEquals(
                Optional.empty(),
                AlertRules.ramp(List.of(run(TODAY, "8")), TODAY),
                "a start from nothing is not judged");
        assertEquals(
                Optional.empty(),
                AlertRules.ramp(List.of(run(LAST_MONDAY.minusWeeks(1), "2"), run(TODAY, "8")), TODAY),
                "the week before last does not count");
    }

    @Test
    void insideAPrescribedRampWeekItsTargetIsTheLimit() {
        RampLimit weekTwo = new RampLimit(TODAY.minusDays(3), Distance.ofMiles("8"));
        List<RunEntry> lastWeekSmall = List.of(run(LAST_MONDAY, "2"));
        List<RunEntry> onTarget = plus(plus(lastWeekSmall, run(TODAY.minusDays(3), "6.437")), run(TODAY, "6.437"));
        assertEquals(
                Optional.empty(),
                AlertRules.rampWeek(onTarget, weekTwo, TODAY),
                "8 miles, more than 10 % over last week");
        List<RunEntry> over = plus(onTarget, run(TODAY, "1.6"));
        assertEquals(Optional.of(new Alarm(AlertKind.RAMP, "12.4")), AlertRules.rampWeek(over, weekTwo, TODAY));
        assertEquals(
                Optional.empty(),
                AlertRules.rampWeek(List.of(run(TODAY.minusDays(4), "20")), weekTwo, TODAY),
                "runs before the ramp week do not count");
        ProgressFacts facts = new ProgressFacts(
                TODAY, onTarget, List.of(), Optional.empty(), OptionalInt.empty(), Map.of(), Optional.of(weekTwo));
        assertEquals(List.of(), AlertRules.evaluate(facts), "the 10 % rule does not judge a prescribed ramp week");
    }

    @Test
    void sorenessFiresBeyondSeventyTwoHours() {
        assertEquals(Optional.empty(), AlertRules.soreness(List.of(sore(TODAY.minusDays(4), 72, false)), TODAY));
        assertEquals(
                Optional.of(new Alarm(AlertKind.SORENESS, "2026-11-15 73")),
                AlertRules.soreness(List.of(sore(TODAY.minusDays(4), 73, false)), TODAY));
    }

    @Test
    void stillSoreFiresOnceSeventyTwoHoursHavePassed() {
        assertEquals(
                Optional.empty(),
                AlertRules.soreness(List.of(sore(TODAY.minusDays(3), 0, true)), TODAY),
                "72 h so far");
        assertEquals(
                Optional.of(new Alarm(AlertKind.SORENESS, "2026-11-15 96 still")),
                AlertRules.soreness(List.of(sore(TODAY.minusDays(4), 0, true)), TODAY));
    }

    @Test
    void painFiresWhenTheLastThreeLogsRise() {
        assertEquals(
                Optional.of(new Alarm(AlertKind.PAIN, "2 3 5")),
                AlertRules.pain(List.of(6, 2, 3, 5), List.of(), Optional.empty()));
        assertEquals(
                Optional.empty(),
                AlertRules.pain(List.of(2, 3, 3), List.of(), Optional.empty()),
                "level is not rising");
        assertEquals(
                Optional.empty(), AlertRules.pain(List.of(2, 3), List.of(), Optional.empty()), "two logs are no trend");
    }

    @Test
    void painFiresTwoPointsOverTheIntakesPainAfterRunning() {
        assertEquals(Optional.empty(), AlertRules.pain(List.of(), List.of(runWithPain(TODAY, 4)), Optional.of(3)));
        assertEquals(
                Optional.of(new Alarm(AlertKind.PAIN, "3 5")),
                AlertRules.pain(
                        List.of(), List.of(runWithPain(TODAY.minusDays(2), 1), runWithPain(TODAY, 5)), Optional.of(3)));
        assertEquals(
                Optional.empty(),
                AlertRules.pain(
                        List.of(), List.of(runWithPain(TODAY.minusDays(2), 6), runWithPain(TODAY, 4)), Optional.of(3)),
                "only the latest run counts");
    }

    @Test
    void adherenceFiresUnderHalf() {
        assertEquals(Optional.empty(), AlertRules.adherence(OptionalInt.of(50)));
        assertEquals(Optional.of(new Alarm(AlertKind.ADHERENCE, "49")), AlertRules.adherence(OptionalInt.of(49)));
        assertEquals(Optional.empty(), AlertRules.adherence(OptionalInt.empty()), "nothing was due");
        assertEquals(OptionalInt.of(49), Adherence.percent(37, 18));
        assertEquals(OptionalInt.of(100), Adherence.percent(10, 12), "extra sessions do not lift it over 100");
    }

    @Test
    void shoesFireAtTheEndOfTheirRange() {
        ShoeWear road399 = new ShoeWear(ShoeType.ROAD, Distance.ofMiles("399"), false);
        ShoeWear road400 = new ShoeWear(ShoeType.ROAD, Distance.ofMiles("400"), false);
        ShoeWear trailHeavy = new ShoeWear(ShoeType.TRAIL, Distance.ofMiles("250"), true);
        assertEquals(Optional.empty(), AlertRules.shoes(Map.of("Pegasus", road399)));
        assertEquals(Optional.of(new Alarm(AlertKind.SHOES, "Pegasus")), AlertRules.shoes(Map.of("Pegasus", road400)));
        assertEquals(
                Optional.of(new Alarm(AlertKind.SHOES, "Peregrine")),
                AlertRules.shoes(Map.of("Peregrine", trailHeavy)));
    }

    @Test
    void everyRuleThatFiresIsReportedMostUrgentFirst() {
        ProgressFacts facts = new ProgressFacts(
                TODAY,
                List.of(run(LAST_MONDAY, "5"), sore(TODAY.minusDays(1), 80, false), run(TODAY, "9")),
                List.of(1, 2, 4),
                Optional.empty(),
                OptionalInt.of(30),
                Map.of("Old pair", new ShoeWear(ShoeType.ROAD, Distance.ofMiles("450"), false)),
                Optional.empty());
        assertEquals(
                List.of(AlertKind.PAIN, AlertKind.SORENESS, AlertKind.RAMP, AlertKind.ADHERENCE, AlertKind.SHOES),
                AlertRules.evaluate(facts).stream().map(Alarm::kind).toList());
    }

    private static RunEntry run(LocalDate day, String km) {
        return new RunEntry(day, Distance.ofKilometres(km), 1, Optional.empty(), false);
    }

    private static RunEntry runWithPain(LocalDate day, int painAfter) {
        return new RunEntry(day, Distance.ofKilometres("5"), painAfter, Optional.empty(), false);
    }

    private static RunEntry sore(LocalDate day, int hours, boolean stillSore) {
        return new RunEntry(
                day, Distance.ofKilometres("1"), 2, stillSore ? Optional.empty() : Optional.of(hours), stillSore);
    }

    private static List<RunEntry> plus(List<RunEntry> runs, RunEntry run) {
        return Stream.concat(runs.stream(), Stream.of(run)).toList();
    }

    /** What a rule wrote comes back as values, for each language to write its own way. */
    @Test
    void anAlarmsDetailGivesBackItsValues() {
        assertEquals(List.of(new BigDecimal("12.4")), Alarm.values(AlertKind.RAMP, "12.4"));
        assertEquals(
                List.of(LocalDate.of(2026, 11, 15), 96L, 1), Alarm.values(AlertKind.SORENESS, "2026-11-15 96 still"));
        assertEquals(List.of(LocalDate.of(2026, 11, 15), 73L, 0), Alarm.values(AlertKind.SORENESS, "2026-11-15 73"));
        assertEquals(List.of("2 → 3 → 5"), Alarm.values(AlertKind.PAIN, "2 3 5"));
        assertEquals(List.of(49), Alarm.values(AlertKind.ADHERENCE, "49"));
        assertEquals(List.of("Pegasus 40, Ride 9"), Alarm.values(AlertKind.SHOES, "Pegasus 40, Ride 9"));
    }
}
