package org.clinicportal.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
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

/** One version of a patient's program, as a therapist made it; never changed once made. */
@Entity
@Table(name = "program_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "ProgramVersion.current",
        query = "select v from ProgramVersion v, Program p where p.patientId = :patient and v.programId = p.id"
                + " and v.number = p.currentVersion")
@NamedQuery(
        name = "ProgramVersion.history",
        query = "select v, size(v.items) from ProgramVersion v, Program p where p.patientId = :patient"
                + " and v.programId = p.id order by v.number desc")
public class ProgramVersion {

    public static final int NOTES_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "program_version_seq", sequenceName = "program_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_version_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate start;

    @Column(name = "return_to_run_from", updatable = false)
    private LocalDate returnToRunFrom;

    @Column(name = "notes", length = NOTES_LENGTH, updatable = false)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "program_item", joinColumns = @JoinColumn(name = "program_version_id"))
    @OrderColumn(name = "position")
    private List<ProgramItem> items = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 80, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected ProgramVersion() {}

    ProgramVersion(Program program, int number, ProgramPlan plan, String therapist, OffsetDateTime at) {
        this.programId = program.id();
        this.number = number;
        this.start = plan.start();
        this.returnToRunFrom = plan.returnToRunFrom().orElse(null);
        this.notes =
                plan.notes().map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
        if (notes != null && notes.length() > NOTES_LENGTH) {
            throw new IllegalArgumentException("The notes are at most " + NOTES_LENGTH + " characters");
        }
        this.items.addAll(plan.items());
        this.createdBy = Objects.requireNonNull(therapist, "therapist");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** The exercises due on that date, in program order. */
    public List<ProgramItem> dueOn(LocalDate date) {
        return items.stream().filter(item -> item.isDueOn(start, date)).toList();
    }

    /** The program week of the date, from 1; 0 before the program starts. */
    public int weekOf(LocalDate date) {
        return Schedule.programWeek(start, date).orElse(0);
    }

    /** The return-to-run week of the date; empty without running or before the ramp starts. */
    public Optional<RunWeek> runWeekOf(LocalDate date) {
        return returnToRun().flatMap(from -> ReturnToRun.weekOf(from, date));
    }

    public ProgramPlan plan() {
        return new ProgramPlan(start, returnToRun(), items, notes());
    }

    public Long id() {
        return id;
    }

    public long programId() {
        return programId;
    }

    public int number() {
        return number;
    }

    public LocalDate start() {
        return start;
    }

    public Optional<LocalDate> returnToRun() {
        return Optional.ofNullable(returnToRunFrom);
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public List<ProgramItem> items() {
        return List.copyOf(items);
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
