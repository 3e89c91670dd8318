package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise in a template or a patient's program: which exercise, in which weeks, at which
 * dosage, with an optional note for the patient. Immutable.
 */
@Embeddable
public class ProgramItem {

    public static final int NOTE_LENGTH = 500;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Embedded
    private Phase phase;

    @Embedded
    private Dosage dosage;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    protected ProgramItem() {}

    public ProgramItem(long exerciseId, Phase phase, Dosage dosage, String note) {
        this.exerciseId = exerciseId;
        this.phase = Objects.requireNonNull(phase, "phase");
        this.dosage = Objects.requireNonNull(dosage, "dosage");
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("A note is at most " + NOTE_LENGTH + " characters");
        }
    }

    /** The same item with another note, e.g. the same note in another language. */
    public ProgramItem withNote(String otherNote) {
        return new ProgramItem(exerciseId, phase, dosage, otherNote);
    }

    /** Whether the exercise is due on that date of a program that started on {@code programStart}. */
    public boolean isDueOn(LocalDate programStart, LocalDate date) {
        return Schedule.programWeek(programStart, date).stream()
                .anyMatch(week ->
                        phase.includes(week) && Schedule.isTrainingDay(dosage.timesPerWeek(), programStart, date));
    }

    public long exerciseId() {
        return exerciseId;
    }

    public Phase phase() {
        return phase;
    }

    public Dosage dosage() {
        return dosage;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProgramItem that
                && exerciseId == that.exerciseId
                && phase.equals(that.phase)
                && dosage.equals(that.dosage)
                && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exerciseId, phase, dosage, note);
    }
}
