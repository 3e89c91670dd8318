package org.clinicportal.progress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A day's home exercise session as the patient reported it: which exercises, how many sets, pain
 * during and after. One per day; reporting the day again corrects it.
 */
@Entity
@Table(name = "session_log")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "SessionLog.onDay",
        query = "select s from SessionLog s where s.patientId = :patient and s.day = :day")
public class SessionLog {

    public static final int NOTE_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "session_log_seq", sequenceName = "session_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_log_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "log_day", nullable = false, updatable = false)
    private LocalDate day;

    @ElementCollection
    @CollectionTable(name = "session_log_exercise", joinColumns = @JoinColumn(name = "session_log_id"))
    private List<ExerciseDone> exercises = new ArrayList<>();

    /** How many of the day's due exercises were done: what adherence counts. */
    @Column(name = "exercises_done", nullable = false)
    private int exercisesDone;

    @Column(name = "pain_during", nullable = false)
    private int painDuring;

    @Column(name = "pain_after", nullable = false)
    private int painAfter;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "logged_at", nullable = false)
    private OffsetDateTime loggedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected SessionLog() {}

    public SessionLog(long patientId, LocalDate day) {
        this.patientId = patientId;
        this.day = Objects.requireNonNull(day, "day");
    }

    /** Records (or corrects) what was done and how it felt. */
    public void report(List<ExerciseDone> done, int painDuring, int painAfter, String note, OffsetDateTime at) {
        this.exercises.clear();
        this.exercises.addAll(done);
        this.exercisesDone = (int) done.stream().filter(ExerciseDone::isDone).count();
        this.painDuring = Pain.of(painDuring);
        this.painAfter = Pain.of(painAfter);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.loggedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public List<ExerciseDone> exercises() {
        return List.copyOf(exercises);
    }

    public int exercisesDone() {
        return exercisesDone;
    }

    public int painDuring() {
        return painDuring;
    }

    public int painAfter() {
        return painAfter;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
