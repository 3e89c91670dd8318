package org.clinicportal.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A correction or later note to a signed intake, with its author and time. Never changed. */
@Entity
@Table(name = "intake_addendum")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "Addendum.forIntake",
        query = "select a from Addendum a where a.intakeId = :intake order by a.writtenAt, a.id")
public class Addendum {

    public static final int MAX_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "intake_addendum_seq", sequenceName = "intake_addendum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_addendum_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "intake_id", nullable = false, updatable = false)
    private Long intakeId;

    @Column(name = "author", nullable = false, updatable = false, length = 80)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "text", nullable = false, updatable = false, length = MAX_LENGTH)
    private String text;

    protected Addendum() {}

    Addendum(Intake intake, String author, String text) {
        if (!intake.isSigned()) {
            throw new IllegalStateException("A draft is edited directly; addenda are for signed intakes.");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An addendum needs text");
        }
        this.intakeId = intake.id();
        this.author = Objects.requireNonNull(author, "author");
        this.text = text.strip();
        this.writtenAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String author() {
        return author;
    }

    public OffsetDateTime writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}
