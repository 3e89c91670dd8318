package org.clinicportal.alert;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The life cycle every alert shares: raised for one patient, open until a therapist acknowledges it, with an
 * optional note of what was done. Acknowledged once; the version lets two therapists' pages find out which was first.
 */
@MappedSuperclass
public abstract class Alert {

    public static final int NOTE_LENGTH = 1000;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

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

    protected Alert() {}

    protected Alert(long patientId, OffsetDateTime raisedAt) {
        this.patientId = patientId;
        this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** The therapist has seen it; the note, if any, says what they did. */
    public void acknowledge(String therapist, String what, OffsetDateTime at) {
        requireOpen();
        this.acknowledgedBy = Objects.requireNonNull(therapist, "therapist");
        this.acknowledgedAt = Objects.requireNonNull(at, "at");
        this.note = what == null || what.isBlank() ? null : what.strip();
    }

    protected void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("This alert was already acknowledged.");
        }
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public long patientId() {
        return patientId;
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
