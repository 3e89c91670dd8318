package org.clinicportal.program;

import java.util.Optional;
import org.clinicportal.training.Distance;

/**
 * A week of the return-to-run ramp: how many runs, how long each may be, the most for the week,
 * and the week's non-negotiables.
 *
 * @param number            the ramp week, from 1
 * @param runs              the number of runs; empty from week 4, when only the weekly cap counts
 * @param longestRun        the most one run may be; empty from week 4
 * @param weeklyCap         the most for the whole week
 * @param prehabBeforeRuns  the prehab routine before every run
 * @param strengthSessions  strength sessions the week must include; 0 when the ramp sets none
 */
public record RunWeek(
        int number,
        Optional<Integer> runs,
        Optional<Distance> longestRun,
        Distance weeklyCap,
        boolean prehabBeforeRuns,
        int strengthSessions) {

    /** Weeks 1 to 3 prescribe the runs; from week 4 the week may grow by at most 10 %. */
    public boolean isFreeProgression() {
        return runs.isEmpty();
    }
}
