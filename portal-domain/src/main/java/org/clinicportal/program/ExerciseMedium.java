package org.clinicportal.program;

import jakarta.persistence.Cacheable;
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

/**
 * A clinic's picture or short video of an exercise: of its own exercise, or its override of a shared one's drawing.
 * One per exercise and clinic; a new upload replaces it. The entity is loaded only to write it, and never kept in
 * the shared cache; its description and its bytes are read by queries, the bytes in ranges. Like the library it belongs to, it names its clinic in a field rather
 * than by EclipseLink's multitenancy: the exercise queries outer-join it, on the reader's clinic, which a tenant
 * discriminator would turn into an inner join and lose the exercises without one. Row-level security still isolates
 * it (V32).
 */
@Entity
@Table(name = "exercise_medium")
@Cacheable(false)
@NamedQuery(
        name = "ExerciseMedium.ofExercise",
        query = "select m from ExerciseMedium m where m.clinic = :clinic and m.exerciseId = :exercise")
@NamedQuery(
        name = "ExerciseMedium.describe",
        query = "select m.exerciseId, m.mediaType, m.sizeBytes, m.version from ExerciseMedium m"
                + " where m.clinic = :clinic and m.exerciseId = :exercise")
@NamedQuery(
        name = "ExerciseMedium.remove",
        query = "delete from ExerciseMedium m where m.clinic = :clinic and m.exerciseId = :exercise")
public class ExerciseMedium {

    @Id
    @SequenceGenerator(name = "exercise_medium_seq", sequenceName = "exercise_medium_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise_medium_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false, length = 40)
    private String clinic;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    private long exerciseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false, length = 10)
    private MediaType mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 80)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected ExerciseMedium() {}

    public ExerciseMedium(
            String clinic, long exerciseId, byte[] content, String uploadedBy, OffsetDateTime uploadedAt) {
        this.clinic = Objects.requireNonNull(clinic, "clinic");
        this.exerciseId = exerciseId;
        replace(content, uploadedBy, uploadedAt);
    }

    /**
     * Takes a new upload's place.
     *
     * @throws IllegalArgumentException when the bytes are no picture or video the portal takes, or too many for theirs
     */
    public final void replace(byte[] content, String uploadedBy, OffsetDateTime uploadedAt) {
        MediaType type = MediaType.sniff(Objects.requireNonNull(content, "content"))
                .orElseThrow(() -> new IllegalArgumentException("Not a picture or video the portal takes"));
        if (content.length == 0 || content.length > type.maxBytes()) {
            throw new IllegalArgumentException(
                    type + " is at most " + type.maxBytes() + " bytes, not " + content.length);
        }
        this.mediaType = type;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public long exerciseId() {
        return exerciseId;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public long version() {
        return version;
    }
}
