package org.clinicportal.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A patient's reminders as they chose them.
 *
 * @param at the time, in the clinic's zone; 08:00 until they choose one
 * @param zone the clinic's time zone, which the time is in
 * @param hasEmail whether the clinic has an email address for the patient, without which nothing can be sent
 */
public record ReminderView(Set<DayOfWeek> days, LocalTime at, boolean questionnaires, ZoneId zone, boolean hasEmail) {

    public boolean remindsOfAnything() {
        return !days.isEmpty() || questionnaires;
    }
}
