package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The weeks of a program in which an exercise is done, counted from the program's start date:
 * weeks 1–2, weeks 3–4, or from week 5 on (no last week).
 */
@Embeddable
public class Phase {

    public static final int LONGEST_PROGRAM_WEEKS = 104;

    @Column(name = "from_week", nullable = false)
    private int fromWeek;

    @Column(name = "to_week")
    private Integer toWeek;

    protected Phase() {}

    private Phase(int fromWeek, Integer toWeek) {
        if (fromWeek < 1 || fromWeek > LONGEST_PROGRAM_WEEKS) {
            throw new IllegalArgumentException(
                    "A phase starts in week 1 to " + LONGEST_PROGRAM_WEEKS + ", not " + fromWeek);
        }
        if (toWeek != null && (toWeek < fromWeek || toWeek > LONGEST_PROGRAM_WEEKS)) {
            throw new IllegalArgumentException("A phase ends in a week from its first week (" + fromWeek + ") to "
                    + LONGEST_PROGRAM_WEEKS + ", not " + toWeek);
        }
        this.fromWeek = fromWeek;
        this.toWeek = toWeek;
    }

    /** The whole program, from week 1 on. */
    public static Phase wholeProgram() {
        return new Phase(1, null);
    }

    public static Phase weeks(int fromWeek, int toWeek) {
        return new Phase(fromWeek, toWeek);
    }

    public static Phase fromWeek(int fromWeek) {
        return new Phase(fromWeek, null);
    }

    /** A phase as a form holds it: an empty last week means "onwards". */
    public static Phase of(int fromWeek, Integer toWeek) {
        return new Phase(fromWeek, toWeek);
    }

    public boolean includes(int week) {
        return week >= fromWeek && (toWeek == null || week <= toWeek);
    }

    public int fromWeek() {
        return fromWeek;
    }

    public OptionalInt toWeek() {
        return toWeek == null ? OptionalInt.empty() : OptionalInt.of(toWeek);
    }

    public boolean isOpenEnded() {
        return toWeek == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phase that && fromWeek == that.fromWeek && Objects.equals(toWeek, that.toWeek);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromWeek, toWeek);
    }

    @Override
    public String toString() {
        return toWeek == null ? "week " + fromWeek + " on" : "weeks " + fromWeek + "–" + toWeek;
    }
}
