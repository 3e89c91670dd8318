package org.clinicportal.program;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The calendar of a program. Weeks are counted from the start date (day 1 of week 1 is the start
 * date, whatever weekday it is). An exercise done n days a week falls on days spread evenly over
 * each program week, always including its first day: 3 a week is days 1, 3 and 5; 2 a week days 1
 * and 4; 7 a week every day.
 */
public final class Schedule {

    private Schedule() {}

    /** The program week of the date, from 1; empty before the start. */
    public static OptionalInt programWeek(LocalDate start, LocalDate date) {
        long days = daysSince(start, date);
        return days < 0 ? OptionalInt.empty() : OptionalInt.of((int) (days / Dosage.DAYS_PER_WEEK) + 1);
    }

    /** Whether a session of something done {@code timesPerWeek} days a week falls on that date. */
    public static boolean isTrainingDay(int timesPerWeek, LocalDate start, LocalDate date) {
        if (timesPerWeek < 1 || timesPerWeek > Dosage.DAYS_PER_WEEK) {
            throw new IllegalArgumentException("Days a week are 1 to 7, not " + timesPerWeek);
        }
        long days = daysSince(start, date);
        if (days < 0) {
            return false;
        }
        int dayOfWeek = (int) (days % Dosage.DAYS_PER_WEEK);
        for (int session = 0; session < timesPerWeek; session++) {
            if (session * Dosage.DAYS_PER_WEEK / timesPerWeek == dayOfWeek) {
                return true;
            }
        }
        return false;
    }

    private static long daysSince(LocalDate start, LocalDate date) {
        return ChronoUnit.DAYS.between(Objects.requireNonNull(start, "start"), Objects.requireNonNull(date, "date"));
    }
}
