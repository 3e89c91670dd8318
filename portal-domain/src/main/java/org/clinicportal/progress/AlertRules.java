package org.clinicportal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.clinicportal.training.Distance;
import org.clinicportal.training.ShoeWear;
import org.clinicportal.training.TrainingRamp;

/**
 * The rules that warn the therapist, each on its own: running over the return-to-run week's target or
 * the 10 % rule, soreness beyond 72 hours, rising
 * pain, low adherence and worn-out shoes. A red flag from the patient is raised when it is reported,
 * not found by a rule.
 */
public final class AlertRules {

    public static final int SORENESS_LIMIT_HOURS = 72;
    public static final int RISING_PAIN_LOGS = 3;

    private AlertRules() {}

    /** Every rule that fires on these facts, most urgent first. */
    public static List<Alarm> evaluate(ProgressFacts facts) {
        List<Alarm> alarms = new ArrayList<>();
        pain(facts.painsAfter(), facts.runs(), facts.baselinePainAfterRun()).ifPresent(alarms::add);
        soreness(facts.runs(), facts.today()).ifPresent(alarms::add);
        facts.rampLimit()
                .map(limit -> rampWeek(facts.runs(), limit, facts.today()))
                .orElseGet(() -> ramp(facts.runs(), facts.today()))
                .ifPresent(alarms::add);
        adherence(facts.adherence14Days()).ifPresent(alarms::add);
        shoes(facts.shoes()).ifPresent(alarms::add);
        alarms.sort(Comparator.comparing(Alarm::kind));
        return alarms;
    }

    /** This calendar week so far against the whole of last week; a start from zero is not judged. */
    public static Optional<Alarm> ramp(List<RunEntry> runs, LocalDate today) {
        Map<LocalDate, Distance> weeks = WeeklyDistance.byWeek(runs);
        LocalDate thisWeek = WeeklyDistance.weekOf(today);
        TrainingRamp ramp = TrainingRamp.weekOnWeek(
                WeeklyDistance.of(weeks, thisWeek.minusWeeks(1)), WeeklyDistance.of(weeks, thisWeek));
        if (!ramp.breaksTenPercentRule()) {
            return Optional.empty();
        }
        return Optional.of(Alarm.ramp(ramp.changePercent().orElseThrow()));
    }

    /**
     * Inside a prescribed return-to-run week the runner is judged by that week's target: the weeks
     * themselves rise faster than 10 %.
     */
    public static Optional<Alarm> rampWeek(List<RunEntry> runs, RampLimit limit, LocalDate today) {
        BigDecimal run = runs.stream()
                .filter(entry ->
                        !entry.day().isBefore(limit.from()) && !entry.day().isAfter(today))
                .map(entry -> entry.distance().kilometres())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cap = limit.cap().kilometres();
        if (run.compareTo(cap) <= 0) {
            return Optional.empty();
        }
        BigDecimal over = run.subtract(cap).multiply(BigDecimal.valueOf(100)).divide(cap, 1, RoundingMode.HALF_UP);
        return Optional.of(Alarm.ramp(over));
    }

    /** A run followed by soreness for more than 72 hours, or soreness still there 72 hours after the run. */
    public static Optional<Alarm> soreness(List<RunEntry> runs, LocalDate today) {
        return runs.stream()
                .filter(run -> run.sorenessHours()
                                .filter(hours -> hours > SORENESS_LIMIT_HOURS)
                                .isPresent()
                        || run.stillSore() && ChronoUnit.DAYS.between(run.day(), today) * 24 > SORENESS_LIMIT_HOURS)
                .max(Comparator.comparing(RunEntry::day))
                .map(run -> run.stillSore()
                        ? Alarm.soreness(run.day(), ChronoUnit.DAYS.between(run.day(), today) * 24, true)
                        : Alarm.soreness(run.day(), run.sorenessHours().orElseThrow(), false));
    }

    /**
     * Pain after exercise rising over the last three logs, or pain after the latest run 2 points or
     * more above the intake's pain after running.
     */
    public static Optional<Alarm> pain(List<Integer> painsAfter, List<RunEntry> runs, Optional<Integer> baseline) {
        if (painsAfter.size() >= RISING_PAIN_LOGS) {
            List<Integer> last = painsAfter.subList(painsAfter.size() - RISING_PAIN_LOGS, painsAfter.size());
            if (last.get(0) < last.get(1) && last.get(1) < last.get(2)) {
                return Optional.of(Alarm.pain(last));
            }
        }
        Optional<RunEntry> latestRun = runs.stream().max(Comparator.comparing(RunEntry::day));
        if (baseline.isPresent()
                && latestRun.isPresent()
                && latestRun.get().painAfter() - baseline.get() >= Pain.MINIMAL_IMPORTANT_CHANGE) {
            return Optional.of(
                    Alarm.pain(List.of(baseline.get(), latestRun.get().painAfter())));
        }
        return Optional.empty();
    }

    /** Under half of the due exercises done over the last 14 days. */
    public static Optional<Alarm> adherence(OptionalInt percent) {
        if (percent.isEmpty() || percent.getAsInt() >= Adherence.ALERT_BELOW_PERCENT) {
            return Optional.empty();
        }
        return Optional.of(Alarm.adherence(percent.getAsInt()));
    }

    /** Shoes at or past the end of their replacement range. */
    public static Optional<Alarm> shoes(Map<String, ShoeWear> shoes) {
        String worn = shoes.entrySet().stream()
                .filter(shoe -> shoe.getValue().status() == ShoeWear.Status.REPLACE)
                .map(Map.Entry::getKey)
                .sorted()
                .collect(Collectors.joining(", "));
        return worn.isEmpty() ? Optional.empty() : Optional.of(Alarm.shoes(worn));
    }
}
