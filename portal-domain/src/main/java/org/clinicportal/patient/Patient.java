package org.clinicportal.patient;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.person.PersonName;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A runner treated by one clinic. The owning clinic is not a field: it is the tenant
 * discriminator, filled in and filtered by the persistence layer from the caller's clinic.
 */
@Entity
@Table(name = "patient")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(name = "Patient.list", query = "select p from Patient p order by p.nameKey.family, p.nameKey.given, p.id")
@NamedQuery(name = "Patient.count", query = "select count(p) from Patient p")
@NamedQuery(
        name = "Patient.searchByName",
        query = "select p from Patient p"
                + " where p.nameKey.family >= lower(:from) and p.nameKey.family < lower(:until)"
                + " or p.nameKey.given >= lower(:from) and p.nameKey.given < lower(:until)"
                + " order by p.nameKey.family, p.nameKey.given, p.id")
@NamedQuery(name = "Patient.byPortalAccount", query = "select p from Patient p where p.portalAccount = :account")
@NamedQuery(
        name = "Patient.withPortalAccess",
        query =
                "select p from Patient p where p.portalAccount is not null order by p.nameKey.family, p.nameKey.given, p.id")
public class Patient {

    @Id
    @SequenceGenerator(name = "patient_seq", sequenceName = "patient_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_seq")
    @Column(name = "id")
    private Long id;

    @Embedded
    private PersonName name;

    @Embedded
    private NameKey nameKey;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Embedded
    private ContactDetails contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PatientStatus status;

    @Column(name = "assigned_therapist", length = 80)
    private String assignedTherapist;

    @Column(name = "portal_account", length = 64)
    private String portalAccount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Patient() {}

    public Patient(PersonName name, LocalDate dateOfBirth) {
        this(name, dateOfBirth, ContactDetails.none(), null);
    }

    /**
     * @param assignedTherapist the username of the therapist in charge, or {@code null} for none yet
     */
    public Patient(PersonName name, LocalDate dateOfBirth, ContactDetails contact, String assignedTherapist) {
        this.name = Objects.requireNonNull(name, "name");
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.assignedTherapist = assignedTherapist;
        this.status = PatientStatus.ACTIVE;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public PersonName name() {
        return name;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public ContactDetails contact() {
        return contact == null ? ContactDetails.none() : contact;
    }

    public PatientStatus status() {
        return status;
    }

    public Optional<String> assignedTherapist() {
        return Optional.ofNullable(assignedTherapist);
    }

    public Optional<String> portalAccount() {
        return Optional.ofNullable(portalAccount);
    }

    public OffsetDateTime registeredAt() {
        return createdAt;
    }

    /** Corrects the identity and contact details recorded at registration. */
    public void correct(PersonName name, LocalDate dateOfBirth, ContactDetails contact) {
        this.name = Objects.requireNonNull(name, "name");
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        this.contact = Objects.requireNonNull(contact, "contact");
    }

    public void assignTo(String therapist) {
        this.assignedTherapist = therapist;
    }

    /** Links the patient's own login; a patient has at most one. */
    public void givePortalAccess(String account) {
        if (portalAccount != null) {
            throw new IllegalStateException("The patient already has portal access");
        }
        this.portalAccount = Objects.requireNonNull(account, "account");
    }

    public long version() {
        return version;
    }

    public void discharge() {
        status = PatientStatus.DISCHARGED;
    }

    public void readmit() {
        status = PatientStatus.ACTIVE;
    }
}
