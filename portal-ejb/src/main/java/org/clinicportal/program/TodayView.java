package org.clinicportal.program;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's day: the exercises due, and the return-to-run week the day falls in.
 *
 * @param week    the program week, 0 before the program starts
 * @param due     the exercises due that day, in program order
 * @param runWeek the ramp week; null without running or before the ramp starts
 */
public record TodayView(LocalDate date, int week, List<ItemView> due, RunWeek runWeek, ProgramView program) {

    public boolean isBeforeStart() {
        return week == 0;
    }

    public boolean isRestDay() {
        return week > 0 && due.isEmpty();
    }
}
