package org.clinicportal.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.clinicportal.training.Distance;

/** Running distance per calendar week, Monday to Sunday. */
public final class WeeklyDistance {

    private WeeklyDistance() {}

    /** The Monday of the date's week. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The distance run in each week that has runs, by its Monday. */
    public static Map<LocalDate, Distance> byWeek(Collection<RunEntry> runs) {
        Map<LocalDate, BigDecimal> kilometres = new TreeMap<>();
        for (RunEntry run : runs) {
            kilometres.merge(weekOf(run.day()), run.distance().kilometres(), BigDecimal::add);
        }
        Map<LocalDate, Distance> weeks = new TreeMap<>();
        kilometres.forEach((monday, km) -> weeks.put(monday, Distance.ofKilometres(km)));
        return weeks;
    }

    /** The distance of the week that starts on that Monday; zero when nothing was run. */
    public static Distance of(Map<LocalDate, Distance> byWeek, LocalDate monday) {
        return byWeek.getOrDefault(monday, Distance.ofKilometres(BigDecimal.ZERO));
    }
}
