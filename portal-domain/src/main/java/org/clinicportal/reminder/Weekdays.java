package org.clinicportal.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Days of the week, kept as one small number: bit 0 is Monday, bit 6 Sunday. */
@Embeddable
public class Weekdays {

    @Column(name = "weekdays", nullable = false)
    private short bits;

    protected Weekdays() {}

    private Weekdays(short bits) {
        this.bits = bits;
    }

    public static Weekdays of(Collection<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek day : days) {
            bits |= bit(day);
        }
        return new Weekdays((short) bits);
    }

    public static Weekdays none() {
        return new Weekdays((short) 0);
    }

    public boolean contains(DayOfWeek day) {
        return (bits & bit(day)) != 0;
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    /** The days, Monday first. */
    public Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The day's bit, as the database compares it too. */
    public static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weekdays that && bits == that.bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }
}
