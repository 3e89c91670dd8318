package org.clinicportal.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A patient's conversation with their clinic: how far each side has read it. */
@Entity
@Table(name = "message_thread")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = Tenancy.COLUMN,
        contextProperty = Tenancy.CONTEXT_PROPERTY,
        length = 40,
        primaryKey = true)
public class Conversation {

    /** Before any message: what a side that never read has read up to. */
    public static final OffsetDateTime NEVER = OffsetDateTime.parse("2000-01-01T00:00:00Z");

    @Id
    @Column(name = "patient_id")
    private long patientId;

    @Column(name = "patient_read_at")
    private OffsetDateTime patientReadAt;

    @Column(name = "clinic_read_at")
    private OffsetDateTime clinicReadAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Conversation() {}

    public Conversation(long patientId) {
        this.patientId = patientId;
    }

    /** The side has read everything sent until then; reading an older page later does not unread anything. */
    public void readBy(Side side, OffsetDateTime at) {
        Objects.requireNonNull(at, "at");
        if (readAt(side).filter(read -> !read.isBefore(at)).isPresent()) {
            return;
        }
        if (side == Side.PATIENT) {
            patientReadAt = at;
        } else {
            clinicReadAt = at;
        }
    }

    /** When the side last read the conversation; empty when never. */
    public Optional<OffsetDateTime> readAt(Side side) {
        return Optional.ofNullable(side == Side.PATIENT ? patientReadAt : clinicReadAt);
    }

    /** What the side has read up to: since when messages to it are new. */
    public OffsetDateTime readUpTo(Side side) {
        return readAt(side).orElse(NEVER);
    }

    public long patientId() {
        return patientId;
    }
}
