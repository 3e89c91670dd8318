package org.clinicportal.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.accounts.Accounts;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.person.PersonName;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The clinic admin's staff accounts. Only therapists and clinic admins of the admin's own clinic are
 * ever read or changed, whatever username a request names. The portal's staff record changes first
 * and Keycloak last, inside one transaction: a Keycloak failure leaves the record as it was, and a
 * new account is removed again if the record cannot be kept. An admin cannot disable or demote
 * themself, nor the clinic's last enabled admin.
 */
@Stateless
@RolesAllowed(Role.CLINIC_ADMIN_NAME)
public class StaffAccounts {

    private static final String CLINIC = "clinic";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Accounts accounts;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    /** The clinic's therapists and admins as Keycloak has them, by family name. */
    public List<StaffView> list() throws AccountException {
        List<StaffView> staff = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
            for (UserRepresentation user : accounts.holdersOf(role.realmRole())) {
                if (ofMyClinic(user)
                        && staff.stream().noneMatch(known -> known.username().equals(user.getUsername()))) {
                    staff.add(new StaffView(
                            user.getUsername(),
                            nonNull(user.getFirstName()),
                            nonNull(user.getLastName()),
                            user.getEmail(),
                            role,
                            Boolean.TRUE.equals(user.isEnabled()),
                            user.getUsername().equals(caller.username())));
                }
            }
        }
        staff.sort(Comparator.comparing((StaffView view) -> view.familyName().toLowerCase(Locale.ROOT))
                .thenComparing(StaffView::username));
        return staff;
    }

    /**
     * Creates the account and the staff record and, once both stand, has Keycloak email the new member a link to
     * choose their password.
     */
    public Invitation create(@NotNull @Valid StaffForm form) throws AccountException {
        String account = accounts.create(new Accounts.NewAccount(
                form.getUsername(),
                form.getGivenName().strip(),
                form.getFamilyName().strip(),
                form.getEmail().strip(),
                clinic(),
                form.getRole().realmRole()));
        entityManager.persist(new StaffMember(
                form.getUsername(),
                new PersonName(form.getGivenName(), form.getFamilyName()),
                form.getEmail(),
                form.getRole()));
        entityManager.flush();
        audit.record(AuditAction.STAFF_CREATED, null, form.getRole() + " " + form.getUsername());
        return accounts.sendInvitation(account);
    }

    public void disable(@NotNull String username)
            throws StaffNotFoundException, StaffRefusedException, AccountException {
        StaffMember member = member(username);
        if (username.equals(caller.username())) {
            throw new StaffRefusedException("refused.staff.disableSelf");
        }
        requireAnotherAdmin(member, "disable");
        member.disable();
        entityManager.flush();
        accounts.setEnabled(account(member).getId(), false);
        audit.record(AuditAction.STAFF_DISABLED, null, username);
    }

    public void enable(@NotNull String username) throws StaffNotFoundException, AccountException {
        StaffMember member = member(username);
        member.enable();
        entityManager.flush();
        accounts.setEnabled(account(member).getId(), true);
        audit.record(AuditAction.STAFF_ENABLED, null, username);
    }

    /**
     * Emails the member a new link to choose their password: when their invitation expired or got lost, or when
     * they forgot their password.
     */
    public Invitation resetPassword(@NotNull String username) throws StaffNotFoundException, AccountException {
        StaffMember member = member(username);
        Invitation invitation = accounts.sendInvitation(account(member).getId());
        audit.record(AuditAction.STAFF_PASSWORD_RESET, null, username + ", link sent to " + invitation.email());
        return invitation;
    }

    public void changeRole(@NotNull String username, @NotNull StaffRole role)
            throws StaffNotFoundException, StaffRefusedException, AccountException {
        StaffMember member = member(username);
        if (member.role() == role) {
            return;
        }
        if (username.equals(caller.username())) {
            throw new StaffRefusedException("refused.staff.ownRole");
        }
        requireAnotherAdmin(member, "demote");
        StaffRole before = member.role();
        member.changeRole(role);
        entityManager.flush();
        accounts.replaceRole(account(member).getId(), before.realmRole(), role.realmRole());
        audit.record(AuditAction.STAFF_ROLE_CHANGED, null, username + ": " + before + " to " + role);
    }

    private void requireAnotherAdmin(StaffMember member, String what) throws StaffRefusedException {
        if (member.role() == StaffRole.CLINIC_ADMIN
                && member.isEnabled()
                && entityManager
                                .createNamedQuery("StaffMember.countEnabledAdmins", Long.class)
                                .getSingleResult()
                        <= 1) {
            throw new StaffRefusedException("refused.staff.lastAdmin." + what);
        }
    }

    /** The staff member of the caller's clinic; anyone else, in any clinic or none, is not found. */
    private StaffMember member(String username) throws StaffNotFoundException {
        return entityManager
                .createNamedQuery("StaffMember.byUsername", StaffMember.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new StaffNotFoundException(username));
    }

    /** The member's Keycloak account, checked to be of the same clinic and not an admin of the platform. */
    private UserRepresentation account(StaffMember member) throws AccountException, StaffNotFoundException {
        UserRepresentation user = accounts.find(member.username());
        if (!ofMyClinic(user) || accounts.realmRoles(user.getId()).contains(Role.PLATFORM_ADMIN_NAME)) {
            throw new StaffNotFoundException(member.username());
        }
        return user;
    }

    private boolean ofMyClinic(UserRepresentation user) {
        List<String> clinics =
                user.getAttributes() == null ? null : user.getAttributes().get(CLINIC);
        return clinics != null && clinics.contains(clinic());
    }

    private String clinic() {
        return caller.clinic().orElseThrow(() -> new IllegalStateException("A clinic admin belongs to a clinic"));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
