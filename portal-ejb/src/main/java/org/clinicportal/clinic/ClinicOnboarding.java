package org.clinicportal.clinic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.accounts.Accounts;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.security.Role;
import org.clinicportal.staff.StaffRole;
import org.clinicportal.tenancy.Clinic;
import org.clinicportal.tenancy.ClinicOfRequest;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.eclipse.persistence.config.QueryHints;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The platform admin's clinics: every clinic with its headcounts, onboarding a new clinic together
 * with its first clinic admin (whose Keycloak account is removed again if the clinic is not kept),
 * and deactivating and reactivating a clinic.
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class ClinicOnboarding {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private ClinicOfRequest clinics;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail audit;

    /** Every clinic, by name, with how many staff and patients it has. */
    public List<ClinicSummary> clinics() {
        List<?> rows = entityManager
                .createNativeQuery("select c.id, c.name, c.time_zone, c.distance_unit, c.active, h.staff, h.patients"
                        + " from clinic c join clinic_headcounts() h on h.clinic_id = c.id order by lower(c.name)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new ClinicSummary(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (Boolean) row[4],
                        ((Number) row[5]).longValue(),
                        ((Number) row[6]).longValue()))
                .toList();
    }

    /** Stops the clinic's users from signing in or reaching any of its data; nothing is removed. */
    public void deactivate(@NotNull String slug) throws ClinicRefusedException {
        clinic(slug).deactivate();
        audit.recordForClinic(slug, AuditAction.CLINIC_DEACTIVATED, slug);
    }

    public void reactivate(@NotNull String slug) throws ClinicRefusedException {
        clinic(slug).reactivate();
        audit.recordForClinic(slug, AuditAction.CLINIC_REACTIVATED, slug);
    }

    /** The clinic to change; the request's copy of it (ClinicOfRequest) is read again after the change. */
    private Clinic clinic(String slug) throws ClinicRefusedException {
        clinics.forget(slug);
        Clinic clinic = entityManager.find(Clinic.class, slug);
        if (clinic == null) {
            throw new ClinicRefusedException("refused.clinic.unknown", slug);
        }
        return clinic;
    }

    /** Creates the clinic and its first clinic admin, whom Keycloak emails a link to choose their password. */
    public Invitation onboard(@NotNull @Valid ClinicForm form) throws ClinicRefusedException, AccountException {
        if (entityManager.find(Clinic.class, form.getSlug()) != null) {
            throw new ClinicRefusedException("refused.clinic.exists", form.getSlug());
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(form.getTimeZone());
        } catch (DateTimeException e) {
            throw new ClinicRefusedException("refused.clinic.timeZone", form.getTimeZone());
        }
        entityManager.persist(new Clinic(form.getSlug(), form.getName().strip(), zone, form.getDistanceUnit()));
        entityManager.flush();
        String account = accounts.create(new Accounts.NewAccount(
                form.getAdminUsername(),
                form.getAdminGivenName().strip(),
                form.getAdminFamilyName().strip(),
                form.getAdminEmail().strip(),
                form.getSlug(),
                StaffRole.CLINIC_ADMIN.realmRole()));
        entityManager
                .createNativeQuery("select add_first_clinic_admin(?, ?, ?, ?, ?)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, form.getSlug())
                .setParameter(2, form.getAdminUsername())
                .setParameter(3, form.getAdminGivenName().strip())
                .setParameter(4, form.getAdminFamilyName().strip())
                .setParameter(5, form.getAdminEmail().strip())
                .getSingleResult();
        audit.recordForClinic(
                form.getSlug(), AuditAction.CLINIC_ONBOARDED, "First clinic admin " + form.getAdminUsername());
        return accounts.sendInvitation(account);
    }

    /**
     * Emails the clinic's admins who have not chosen a password yet a new link to do so: for a first admin whose
     * invitation expired or got lost.
     *
     * @throws ClinicRefusedException when there is no such clinic, or every admin of it has chosen a password
     */
    public List<Invitation> inviteAdminsAgain(@NotNull String slug) throws ClinicRefusedException, AccountException {
        clinic(slug);
        List<Invitation> invitations = new ArrayList<>();
        for (UserRepresentation admin : accounts.invitedBy(slug, StaffRole.CLINIC_ADMIN.realmRole())) {
            invitations.add(accounts.sendInvitation(admin.getId()));
        }
        if (invitations.isEmpty()) {
            throw new ClinicRefusedException("refused.clinic.adminsActive", slug);
        }
        audit.recordForClinic(
                slug,
                AuditAction.STAFF_PASSWORD_RESET,
                "Invitation sent again to "
                        + invitations.stream().map(Invitation::username).collect(Collectors.joining(", ")));
        return invitations;
    }
}
