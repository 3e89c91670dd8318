package org.clinicportal.trail;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One thing someone did in a clinic. Immutable once written. */
@Entity
@Table(name = "audit_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "AuditEntry.forPatient",
        query = "select a from AuditEntry a where a.patientId = :patient order by a.occurredAt desc, a.id desc")
public class AuditEntry {

    static final int SUBJECT_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 80)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "patient_id", updatable = false)
    private Long patientId;

    @Column(name = "subject", updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "address", updatable = false, length = 64)
    private String address;

    public Long id() {
        return id;
    }

    protected AuditEntry() {}

    /**
     * @param patientId the patient concerned, or {@code null} when the action concerns none
     * @param subject   a short description of what was touched, shortened to fit
     */
    public AuditEntry(String actor, AuditAction action, Long patientId, String subject, String address) {
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.patientId = patientId;
        this.subject =
                subject == null || subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
        this.address = address;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public Long patientId() {
        return patientId;
    }

    public String subject() {
        return subject;
    }

    public String address() {
        return address;
    }
}
