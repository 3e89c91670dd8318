package org.clinicportal.staff;

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
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.person.PersonName;
import org.clinicportal.tenancy.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A therapist or clinic admin of the clinic, by their Keycloak username. */
@Entity
@Table(name = "staff_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(name = "StaffMember.byUsername", query = "select s from StaffMember s where s.username = :username")
@NamedQuery(
        name = "StaffMember.enabledTherapists",
        query =
                "select s from StaffMember s where s.role = org.clinicportal.staff.StaffRole.THERAPIST and s.enabled = true"
                        + " order by s.name.family, s.name.given, s.username")
@NamedQuery(
        name = "StaffMember.countEnabledAdmins",
        query =
                "select count(s) from StaffMember s where s.role = org.clinicportal.staff.StaffRole.CLINIC_ADMIN and s.enabled = true")
public class StaffMember {

    @Id
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 80)
    private String username;

    @Embedded
    private PersonName name;

    @Column(name = "email", length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private StaffRole role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Version
    @Column(name = "version")
    private long version;

    protected StaffMember() {}

    public StaffMember(String username, PersonName name, String email, StaffRole role) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A staff member needs a username");
        }
        this.username = username;
        this.name = Objects.requireNonNull(name, "name");
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.role = Objects.requireNonNull(role, "role");
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void changeRole(StaffRole newRole) {
        this.role = Objects.requireNonNull(newRole, "newRole");
    }

    public String username() {
        return username;
    }

    public PersonName name() {
        return name;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public StaffRole role() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
