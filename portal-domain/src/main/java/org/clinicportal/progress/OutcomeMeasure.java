package org.clinicportal.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One taking of the outcome measures: the LEFS, pain now (NPRS) and, when answered, HOOS-12. The
 * answers are kept as given and scored once, when taken.
 */
@Entity
@Table(name = "outcome_measure")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "OutcomeMeasure.lastTaken",
        query = "select max(m.takenOn) from OutcomeMeasure m where m.patientId = :patient")
@NamedQuery(
        name = "OutcomeMeasure.ofPatient",
        query = "select m from OutcomeMeasure m where m.patientId = :patient order by m.takenOn, m.id")
public class OutcomeMeasure {

    @Id
    @SequenceGenerator(name = "outcome_measure_seq", sequenceName = "outcome_measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_measure_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 80)
    private String recordedBy;

    @Column(name = "lefs_answers", nullable = false, updatable = false, length = 60)
    private String lefsAnswers;

    @Column(name = "lefs_total", updatable = false)
    private Integer lefsTotal;

    @Column(name = "pain", nullable = false, updatable = false)
    private int pain;

    @Column(name = "hoos_answers", updatable = false, length = 40)
    private String hoosAnswers;

    @Column(name = "hoos_pain", updatable = false)
    private Integer hoosPain;

    @Column(name = "hoos_function", updatable = false)
    private Integer hoosFunction;

    @Column(name = "hoos_quality", updatable = false)
    private Integer hoosQuality;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected OutcomeMeasure() {}

    /**
     * @param lefs the 20 LEFS answers, null where left out
     * @param hoos the 12 HOOS-12 answers, or empty when it was not given
     */
    public OutcomeMeasure(
            long patientId,
            LocalDate takenOn,
            String recordedBy,
            List<Integer> lefs,
            int pain,
            Optional<List<Integer>> hoos,
            OffsetDateTime at) {
        this.patientId = patientId;
        this.takenOn = Objects.requireNonNull(takenOn, "takenOn");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.lefsTotal = Lefs.total(lefs).orElse(null);
        this.lefsAnswers = join(lefs);
        this.pain = Pain.of(pain);
        hoos.ifPresent(answers -> {
            Hoos12.Scores scores = Hoos12.score(answers);
            this.hoosAnswers = join(answers);
            this.hoosPain = scores.pain().orElse(null);
            this.hoosFunction = scores.function().orElse(null);
            this.hoosQuality = scores.qualityOfLife().orElse(null);
        });
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    private static String join(List<Integer> answers) {
        return answers.stream()
                .map(answer -> answer == null ? "" : answer.toString())
                .collect(Collectors.joining(","));
    }

    public Long id() {
        return id;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** Empty when too many items were left out to score it. */
    public Optional<Integer> lefsTotal() {
        return Optional.ofNullable(lefsTotal);
    }

    public int pain() {
        return pain;
    }

    public Optional<Integer> hoosPain() {
        return Optional.ofNullable(hoosPain);
    }

    public Optional<Integer> hoosFunction() {
        return Optional.ofNullable(hoosFunction);
    }

    public Optional<Integer> hoosQualityOfLife() {
        return Optional.ofNullable(hoosQuality);
    }
}
