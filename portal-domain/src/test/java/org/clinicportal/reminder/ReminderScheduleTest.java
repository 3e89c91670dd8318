package org.clinicportal.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.language.Language;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalTime SEVEN_THIRTY = LocalTime.of(7, 30);

    @Test
    void aReminderIsDueFromItsMinuteForThreeHoursTheSameDayOnly() {
        assertFalse(ReminderSchedule.isTimeFor(SEVEN_THIRTY, LocalTime.of(7, 29, 59)));
        assertTrue(ReminderSchedule.isTimeFor(SEVEN_THIRTY, SEVEN_THIRTY));
        assertTrue(ReminderSchedule.isTimeFor(SEVEN_THIRTY, LocalTime.of(10, 29, 59)));
        assertTrue(ReminderSchedule.isTimeFor(SEVEN_THIRTY, LocalTime.of(10, 29, 59, 900_000_000)));
        assertFalse(ReminderSchedule.isTimeFor(SEVEN_THIRTY, LocalTime.of(10, 30)), "three hours late is too late");
        assertEquals(LocalTime.of(7, 30, 1), ReminderSchedule.earliestDueAt(LocalTime.of(10, 30, 0, 500)));

        LocalTime late = LocalTime.of(23, 0);
        assertTrue(ReminderSchedule.isTimeFor(late, LocalTime.of(23, 59, 59)));
        assertFalse(ReminderSchedule.isTimeFor(late, LocalTime.of(0, 30)), "never after midnight");
        assertTrue(ReminderSchedule.isTimeFor(LocalTime.MIDNIGHT, LocalTime.of(0, 0, 20)));
    }

    @Test
    void weekdaysKeepExactlyTheChosenDays() {
        Set<DayOfWeek> chosen = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY);
        Weekdays days = Weekdays.of(chosen);

        assertEquals(chosen, days.days());
        assertTrue(days.contains(DayOfWeek.SUNDAY));
        assertFalse(days.contains(DayOfWeek.TUESDAY));
        assertEquals(
                1 | 4 | 64,
                Weekdays.bit(DayOfWeek.MONDAY) | Weekdays.bit(DayOfWeek.WEDNESDAY) | Weekdays.bit(DayOfWeek.SUNDAY));
        assertTrue(Weekdays.none().isEmpty());
    }

    @Test
    void aTimeWithSecondsIsRefusedNotRounded() {
        ReminderSchedule schedule = new ReminderSchedule(1L, Language.ENGLISH);
        assertThrows(
                IllegalArgumentException.class,
                () -> schedule.remindOn(
                        Weekdays.of(Set.of(DayOfWeek.MONDAY)), LocalTime.of(7, 30, 15), false, Language.ENGLISH));
        assertEquals(Optional.empty(), schedule.sendAt(), "nothing chosen yet");
    }

    @Test
    void stoppingOneKindKeepsTheOther() {
        ReminderSchedule schedule = new ReminderSchedule(1L, Language.ENGLISH);
        schedule.remindOn(Weekdays.of(Set.of(DayOfWeek.MONDAY)), SEVEN_THIRTY, true, Language.GERMAN);

        schedule.stop(EmailKind.EXERCISES);

        assertTrue(schedule.weekdays().isEmpty());
        assertTrue(schedule.questionnaires());
        assertEquals(Optional.of(SEVEN_THIRTY), schedule.sendAt());
        schedule.stop(EmailKind.QUESTIONNAIRE);
        assertFalse(schedule.remindsOfAnything());
        assertThrows(IllegalArgumentException.class, () -> schedule.stop(EmailKind.ALERT_DIGEST));
    }

    @Test
    void aStaffMemberGetsBothEmailsUntilStoppingOne() {
        StaffEmailChoice choice = new StaffEmailChoice("northside-pt");
        assertTrue(choice.wants(EmailKind.ALERT_DIGEST));
        assertTrue(choice.wants(EmailKind.RED_FLAG));

        choice.stop(EmailKind.ALERT_DIGEST);

        assertFalse(choice.wants(EmailKind.ALERT_DIGEST));
        assertTrue(choice.wants(EmailKind.RED_FLAG));
        assertFalse(choice.wants(EmailKind.EXERCISES));
        assertThrows(IllegalArgumentException.class, () -> choice.stop(EmailKind.EXERCISES));
    }
}
