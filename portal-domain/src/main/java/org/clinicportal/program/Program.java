package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A patient's home program. It is never edited in place: each change is a new
 * {@link ProgramVersion}, and the patient always follows the current one.
 */
@Entity
@Table(name = "program")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(name = "Program.ofPatient", query = "select p from Program p where p.patientId = :patient")
@NamedQuery(
        name = "Program.withCurrentVersion",
        query =
                "select p, v from Program p left join ProgramVersion v on v.programId = p.id and v.number = p.currentVersion"
                        + " where p.patientId = :patient")
public class Program {

    @Id
    @SequenceGenerator(name = "program_seq", sequenceName = "program_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    /** Every how many weeks the patient is asked for the outcome measures; null: only at visits. */
    @Column(name = "outcome_every_weeks")
    private Integer outcomeEveryWeeks;

    /** Whether the questionnaire asks HOOS-12 beside LEFS, in the portal and on the visit form. */
    @Column(name = "outcome_with_hoos12", nullable = false)
    private boolean outcomeWithHoos12;

    @Version
    @Column(name = "version")
    private long version;

    protected Program() {}

    public Program(long patientId) {
        this.patientId = patientId;
    }

    /**
     * The next version of the program, which becomes the current one.
     *
     * @param basedOn the version the therapist changed; 0 for a first assignment
     * @throws IllegalStateException when someone else made a newer version meanwhile
     */
    public ProgramVersion revise(int basedOn, ProgramPlan plan, String therapist, OffsetDateTime at) {
        if (basedOn != currentVersion) {
            throw new IllegalStateException("The program changed to version " + currentVersion + " while version "
                    + basedOn + " was being edited.");
        }
        Objects.requireNonNull(id, "Persist the program before its first version");
        currentVersion++;
        return new ProgramVersion(this, currentVersion, plan, therapist, at);
    }

    /**
     * Asks the patient for the outcome measures every so many weeks (1 to 26); null stops asking between visits.
     *
     * @param withHoos12 whether HOOS-12 is asked beside LEFS, between visits and at them
     */
    public void askForOutcomesEvery(Integer weeks, boolean withHoos12) {
        if (weeks != null && (weeks < 1 || weeks > 26)) {
            throw new IllegalArgumentException("Outcome measures are asked every 1 to 26 weeks, not " + weeks);
        }
        this.outcomeEveryWeeks = weeks;
        this.outcomeWithHoos12 = withHoos12;
    }

    public boolean asksHoos12() {
        return outcomeWithHoos12;
    }

    public Optional<Integer> outcomeEveryWeeks() {
        return Optional.ofNullable(outcomeEveryWeeks);
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
