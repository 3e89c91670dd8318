package org.clinicportal.progress;

import jakarta.persistence.Column;
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
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A warning raised by an alert rule. It stays open until a therapist acknowledges it, and stays in
 * the patient's history after; while one of a kind is open, the rule raises no second one.
 */
@Entity
@Table(name = "progress_alert")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "ProgressAlert.openKinds",
        query = "select a.kind from ProgressAlert a where a.patientId = :patient and a.acknowledgedAt is null")
public class ProgressAlert {

    public static final int NOTE_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "progress_alert_seq", sequenceName = "progress_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_alert_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private AlertKind kind;

    @Column(name = "detail", nullable = false, updatable = false, length = 200)
    private String detail;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "acknowledged_by", length = 80)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Version
    @Column(name = "version")
    private long version;

    protected ProgressAlert() {}

    public ProgressAlert(long patientId, Alarm alarm, OffsetDateTime at) {
        if (alarm.kind() == AlertKind.RED_FLAG) {
            throw new IllegalArgumentException("Red flags are referral alerts, raised when reported");
        }
        this.patientId = patientId;
        this.kind = alarm.kind();
        this.detail = alarm.detail().length() > 200 ? alarm.detail().substring(0, 200) : alarm.detail();
        this.raisedAt = Objects.requireNonNull(at, "at");
    }

    /** The therapist has seen it; the note, if any, says what they did. */
    public void acknowledge(String therapist, String what, OffsetDateTime at) {
        if (acknowledgedAt != null) {
            throw new IllegalStateException("This alert was already acknowledged.");
        }
        this.acknowledgedBy = Objects.requireNonNull(therapist, "therapist");
        this.acknowledgedAt = Objects.requireNonNull(at, "at");
        this.note = what == null || what.isBlank() ? null : what.strip();
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public AlertKind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public OffsetDateTime raisedAt() {
        return raisedAt;
    }

    public Optional<String> acknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }

    public Optional<OffsetDateTime> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public long version() {
        return version;
    }
}
