package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise a program can prescribe, with its default dosage, how to do it and what to watch
 * for. Exercises without an owning clinic form the shared library every clinic reads and none may
 * change; a clinic's own exercises are visible to that clinic only.
 */
@Entity
@Table(name = "exercise")
@NamedQuery(
        name = "Exercise.visible",
        query = "select e, w from Exercise e " + Exercise.IN_READERS_WORDS
                + " where (e.owner is null or e.owner = :clinic) and e.category in :categories"
                + " and lower(coalesce(w.target, e.target)) like :target"
                + " order by e.category, lower(coalesce(w.name, e.name)), e.id")
@NamedQuery(
        name = "Exercise.countVisible",
        query = "select count(e) from Exercise e " + Exercise.IN_READERS_WORDS
                + " where (e.owner is null or e.owner = :clinic) and e.category in :categories"
                + " and lower(coalesce(w.target, e.target)) like :target")
@NamedQuery(
        name = "Exercise.targets",
        query = "select distinct coalesce(w.target, e.target) from Exercise e " + Exercise.IN_READERS_WORDS
                + " where e.owner is null or e.owner = :clinic")
@NamedQuery(
        name = "Exercise.visibleAmong",
        query = "select e.id from Exercise e where (e.owner is null or e.owner = :clinic) and e.id in :ids")
@NamedQuery(
        name = "Exercise.wordedAmong",
        query = "select e, w, m.mediaType, m.version from Exercise e " + Exercise.IN_READERS_WORDS
                + " left join ExerciseMedium m on m.exerciseId = e.id and m.clinic = :clinic"
                + " where (e.owner is null or e.owner = :clinic) and e.id in :ids")
@NamedQuery(
        name = "Exercise.namesAmong",
        query = "select e.id, coalesce(w.name, e.name) from Exercise e " + Exercise.IN_READERS_WORDS
                + " where e.id in :ids")
@NamedQuery(
        name = "Exercise.shared",
        query = "select e from Exercise e where e.owner is null order by e.category, e.name")
public class Exercise implements LibraryEntry {

    /** Joins a shared exercise's wording in the reader's language, if there is one: the query's {@code :language}. */
    static final String IN_READERS_WORDS = "left join ExerciseWording w on w.entry = e.id and w.language = :language";

    public static final int NAME_LENGTH = 120;
    public static final int TARGET_LENGTH = 80;
    public static final int TEXT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "exercise_seq", sequenceName = "exercise_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise_seq")
    @Column(name = "id")
    private Long id;

    /** The clinic that owns it; null for the shared library. */
    @Column(name = "clinic_id", length = 40, updatable = false)
    private String owner;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private ExerciseCategory category;

    @Column(name = "target", nullable = false, length = TARGET_LENGTH)
    private String target;

    @Embedded
    private Dosage dosage;

    /** The steps, one per line. */
    @Column(name = "instructions", nullable = false, length = TEXT_LENGTH)
    private String instructions;

    @Column(name = "cautions", length = TEXT_LENGTH)
    private String cautions;

    /** Where the advice comes from, e.g. "seed:002"; empty for a clinic's own exercise. */
    @Column(name = "source", length = 80, updatable = false)
    private String source;

    @Version
    @Column(name = "version")
    private long version;

    protected Exercise() {}

    /** A clinic's own exercise. */
    public Exercise(
            String clinic,
            String name,
            ExerciseCategory category,
            String target,
            Dosage dosage,
            String instructions,
            String cautions) {
        this.owner = required(clinic, "clinic");
        describe(name, category, target, dosage, instructions, cautions);
    }

    /** Changes a clinic's own exercise; the shared library is read-only. */
    public void revise(
            String name,
            ExerciseCategory category,
            String target,
            Dosage dosage,
            String instructions,
            String cautions) {
        if (isShared()) {
            throw new IllegalStateException("The shared library is read-only: copy the exercise to change it.");
        }
        describe(name, category, target, dosage, instructions, cautions);
    }

    private void describe(
            String name,
            ExerciseCategory category,
            String target,
            Dosage dosage,
            String instructions,
            String cautions) {
        this.name = required(name, "name");
        this.category = Objects.requireNonNull(category, "category");
        this.target = required(target, "target");
        this.dosage = Objects.requireNonNull(dosage, "dosage");
        this.instructions = required(instructions, "instructions");
        this.cautions = cautions == null || cautions.isBlank() ? null : cautions.strip();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An exercise needs a " + what);
        }
        return value.strip();
    }

    @Override
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ExerciseCategory category() {
        return category;
    }

    public String target() {
        return target;
    }

    public Dosage dosage() {
        return dosage;
    }

    public String instructions() {
        return instructions;
    }

    /** What the exercise says, in the words it was written in. */
    public ExerciseText text() {
        return new ExerciseText(name, target, instructions, cautions);
    }

    public Optional<String> cautions() {
        return Optional.ofNullable(cautions);
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public long version() {
        return version;
    }
}
