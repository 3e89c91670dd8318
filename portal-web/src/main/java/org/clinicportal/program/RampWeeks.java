package org.clinicportal.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/** The weeks of the return-to-run ramp that prescribe runs, and the first week of free progression, for tables. */
@Named
@ApplicationScoped
public class RampWeeks {

    private final List<RunWeek> weeks = IntStream.rangeClosed(1, ReturnToRun.FREE_PROGRESSION_FROM_WEEK)
            .mapToObj(ReturnToRun::week)
            .toList();

    public List<RunWeek> getWeeks() {
        return weeks;
    }
}
