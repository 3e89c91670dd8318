package org.clinicportal.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.clinicportal.training.ShoeWear;

/**
 * What the alert rules look at for one patient on one day.
 *
 * @param runs                 the runs of the last weeks, any order
 * @param painsAfter           pain after each of the latest logs (sessions and runs), oldest first
 * @param baselinePainAfterRun pain after running at the intake; empty when not recorded
 * @param adherence14Days      adherence over the last 14 days; empty when nothing was due
 * @param shoes                the runner's shoes in use, by name
 * @param rampLimit            the return-to-run week in force today, while it prescribes the runs
 */
public record ProgressFacts(
        LocalDate today,
        List<RunEntry> runs,
        List<Integer> painsAfter,
        Optional<Integer> baselinePainAfterRun,
        OptionalInt adherence14Days,
        Map<String, ShoeWear> shoes,
        Optional<RampLimit> rampLimit) {

    public ProgressFacts {
        Objects.requireNonNull(today, "today");
        runs = List.copyOf(runs);
        painsAfter = List.copyOf(painsAfter);
        Objects.requireNonNull(baselinePainAfterRun, "baselinePainAfterRun");
        Objects.requireNonNull(adherence14Days, "adherence14Days");
        shoes = Map.copyOf(shoes);
        Objects.requireNonNull(rampLimit, "rampLimit");
    }
}
