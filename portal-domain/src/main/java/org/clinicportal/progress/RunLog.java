package org.clinicportal.progress;

import jakarta.persistence.AttributeOverride;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.tenancy.Tenancy;
import org.clinicportal.training.Distance;
import org.clinicportal.training.Surface;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A run as the patient reported it. Never changed; the submission id keeps a resent form from counting twice. */
@Entity
@Table(name = "run_log")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(name = "RunLog.bySubmission", query = "select r from RunLog r where r.submissionId = :submission")
@NamedQuery(
        name = "RunLog.since",
        query = "select r from RunLog r where r.patientId = :patient and r.day >= :from order by r.day, r.id")
public class RunLog {

    public static final int MAX_MINUTES = 1440;
    public static final int MAX_SORENESS_HOURS = 720;

    @Id
    @SequenceGenerator(name = "run_log_seq", sequenceName = "run_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_log_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "submission_id", nullable = false, updatable = false, length = 36)
    private String submissionId;

    @Column(name = "run_day", nullable = false, updatable = false)
    private LocalDate day;

    @Embedded
    @AttributeOverride(name = "kilometres", column = @Column(name = "km", precision = 9, scale = 3))
    private Distance distance;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Column(name = "pain_during", nullable = false, updatable = false)
    private int painDuring;

    @Column(name = "pain_after", nullable = false, updatable = false)
    private int painAfter;

    @Column(name = "soreness_hours", updatable = false)
    private Integer sorenessHours;

    @Column(name = "still_sore", nullable = false, updatable = false)
    private boolean stillSore;

    @Enumerated(EnumType.STRING)
    @Column(name = "surface", length = 20, updatable = false)
    private Surface surface;

    @Column(name = "shoe_id", updatable = false)
    private Long shoeId;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private OffsetDateTime loggedAt;

    protected RunLog() {}

    /**
     * @param sorenessHours how long soreness lasted; empty for none, or when still sore
     */
    public RunLog(
            long patientId,
            String submissionId,
            LocalDate day,
            Distance distance,
            int durationMinutes,
            int painDuring,
            int painAfter,
            Optional<Integer> sorenessHours,
            boolean stillSore,
            Surface surface,
            Long shoeId,
            OffsetDateTime at) {
        this.patientId = patientId;
        this.submissionId = Objects.requireNonNull(submissionId, "submissionId");
        this.day = Objects.requireNonNull(day, "day");
        this.distance = Objects.requireNonNull(distance, "distance");
        if (distance.isZero()) {
            throw new IllegalArgumentException("A run has a distance");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("A run lasts 1 to 1440 minutes, not " + durationMinutes);
        }
        this.durationMinutes = durationMinutes;
        this.painDuring = Pain.of(painDuring);
        this.painAfter = Pain.of(painAfter);
        this.sorenessHours = stillSore ? null : sorenessHours.orElse(null);
        this.stillSore = stillSore;
        this.surface = surface;
        this.shoeId = shoeId;
        this.loggedAt = Objects.requireNonNull(at, "at");
    }

    /** The run as the alert rules read it. */
    public RunEntry entry() {
        return new RunEntry(day, distance, painAfter, Optional.ofNullable(sorenessHours), stillSore);
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public int painDuring() {
        return painDuring;
    }

    public int painAfter() {
        return painAfter;
    }
}
