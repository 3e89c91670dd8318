package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * How many exercises a patient's program has due on a day. Written from the program's schedule when
 * it is assigned, so that adherence over any window is a sum, for one patient or a whole caseload.
 */
@Entity
@Table(name = "due_day")
@IdClass(DueDay.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = Tenancy.COLUMN,
        contextProperty = Tenancy.CONTEXT_PROPERTY,
        length = 40,
        primaryKey = true)
@NamedQuery(name = "DueDay.forgetFrom", query = "delete from DueDay d where d.patientId = :patient and d.day >= :from")
public class DueDay {

    /** How far ahead a program's days are written: a year. */
    public static final int HORIZON_DAYS = 364;

    @Id
    @Column(name = "patient_id")
    private long patientId;

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "exercises_due", nullable = false)
    private int exercisesDue;

    protected DueDay() {}

    public DueDay(long patientId, LocalDate day, int exercisesDue) {
        if (exercisesDue < 0) {
            throw new IllegalArgumentException("Exercises due cannot be negative: " + exercisesDue);
        }
        this.patientId = patientId;
        this.day = Objects.requireNonNull(day, "day");
        this.exercisesDue = exercisesDue;
    }

    public LocalDate day() {
        return day;
    }

    public int exercisesDue() {
        return exercisesDue;
    }

    /** The key without the clinic, which the tenancy adds. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long patientId;
        private LocalDate day;

        public Key() {}

        public Key(long patientId, LocalDate day) {
            this.patientId = patientId;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && patientId == that.patientId && Objects.equals(day, that.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(patientId, day);
        }
    }
}
