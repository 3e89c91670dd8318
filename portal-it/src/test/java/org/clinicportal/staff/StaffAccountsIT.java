package org.clinicportal.staff;

import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.accounts.KeycloakConnection;
import org.clinicportal.audit.AuditFilter;
import org.clinicportal.audit.AuditLog;
import org.clinicportal.audit.AuditRow;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.Refusals.Caller;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TestDeployment;
import org.clinicportal.trail.AuditAction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Staff accounts in Payara against the real Keycloak the build starts: create, disable, enable,
 * reset and change of role as Keycloak then has them; another clinic's admin, admins of the
 * platform and patients out of reach; no self-lockout and never without a clinic admin; and the
 * changes in the clinic's audit log, which no other clinic reads.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith();
    }

    @EJB
    private StaffAccounts staffAccounts;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @Inject
    private ScriptedCaller caller;

    @Inject
    private KeycloakConnection keycloak;

    @EJB
    private AuditLog auditLog;

    private String username;

    @BeforeEach
    void aNewTherapistAtNorthside() throws Exception {
        caller.actFor("northside");
        username = "tess" + UUID.randomUUID().toString().substring(0, 8);
        Invitation invitation = clinicAdmin.call(() -> staffAccounts.create(form(username, StaffRole.THERAPIST)));
        assertEquals(username, invitation.username());
        assertTrue(invitation.expiresAt().isAfter(OffsetDateTime.now().plusDays(2)), "the link works for days");
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void aCreatedAccountIsTheClinicsTherapistWhoMustChooseAPassword() throws Exception {
        UserRepresentation user = user(username);
        assertEquals(List.of("northside"), user.getAttributes().get("clinic"));
        assertTrue(user.isEnabled());
        assertEquals(List.of("UPDATE_PASSWORD"), user.getRequiredActions());
        assertTrue(
                keycloak.realm().users().get(user.getId()).credentials().isEmpty(),
                "no password until they choose one");
        assertTrue(realmRoles(user).contains("therapist"));
        StaffView listed = clinicAdmin.call(() -> staffAccounts.list()).stream()
                .filter(member -> member.username().equals(username))
                .findFirst()
                .orElseThrow();
        assertEquals(StaffRole.THERAPIST, listed.role());
        assertEquals("Tess Tester", listed.displayName());
    }

    @Test
    void disablingAndEnablingReachKeycloak() throws Exception {
        clinicAdmin.call(() -> {
            staffAccounts.disable(username);
            return null;
        });
        assertFalse(user(username).isEnabled());
        assertFalse(clinicAdmin.call(() -> staffAccounts.list()).stream()
                .filter(member -> member.username().equals(username))
                .findFirst()
                .orElseThrow()
                .enabled());
        clinicAdmin.call(() -> {
            staffAccounts.enable(username);
            return null;
        });
        assertTrue(user(username).isEnabled());
    }

    @Test
    void aResetEmailsANewLinkToChooseAPassword() throws Exception {
        Invitation reset = clinicAdmin.call(() -> staffAccounts.resetPassword(username));
        assertEquals(username, reset.username());
        assertEquals(username + "@example.org", reset.email());
        Invitation again = clinicAdmin.call(() -> staffAccounts.resetPassword(username));
        assertTrue(!again.expiresAt().isBefore(reset.expiresAt()), "each link works for the full time");
    }

    @Test
    void theRoleMovesBetweenTherapistAndClinicAdmin() throws Exception {
        clinicAdmin.call(() -> {
            staffAccounts.changeRole(username, StaffRole.CLINIC_ADMIN);
            return null;
        });
        List<String> roles = realmRoles(user(username));
        assertTrue(roles.contains("clinic-admin") && !roles.contains("therapist"), roles.toString());
        clinicAdmin.call(() -> {
            staffAccounts.changeRole(username, StaffRole.THERAPIST);
            return null;
        });
        roles = realmRoles(user(username));
        assertTrue(roles.contains("therapist") && !roles.contains("clinic-admin"), roles.toString());
    }

    @Test
    void anotherClinicsAdminCannotSeeOrChangeTheAccount() throws Exception {
        caller.actFor("harbor");
        assertFalse(clinicAdmin.call(() -> staffAccounts.list()).stream()
                .anyMatch(member -> member.username().equals(username)));
        assertThrows(
                StaffNotFoundException.class,
                () -> clinicAdmin.call(() -> {
                    staffAccounts.disable(username);
                    return null;
                }));
        assertThrows(StaffNotFoundException.class, () -> clinicAdmin.call(() -> staffAccounts.resetPassword(username)));
        assertThrows(
                StaffNotFoundException.class,
                () -> clinicAdmin.call(() -> {
                    staffAccounts.changeRole(username, StaffRole.CLINIC_ADMIN);
                    return null;
                }));
        assertTrue(user(username).isEnabled(), "nothing changed");
    }

    @Test
    void platformAdminsPatientsAndOtherClinicsStaffAreOutOfReach() throws Exception {
        for (String other : List.of("platform-admin", "northside-patient", "harbor-pt", "harbor-admin")) {
            assertThrows(
                    StaffNotFoundException.class,
                    () -> clinicAdmin.call(() -> {
                        staffAccounts.disable(other);
                        return null;
                    }),
                    other);
            assertThrows(
                    StaffNotFoundException.class,
                    () -> clinicAdmin.call(() -> staffAccounts.resetPassword(other)),
                    other);
        }
        // The portal's account service cannot even see a platform admin (nor change one: AccountServicePermissionsIT).
        assertTrue(keycloak.realm().users().search("platform-admin", true).isEmpty());
    }

    @Test
    void anAdminCannotLockThemselfOut() throws Exception {
        String admin = "nadmin" + UUID.randomUUID().toString().substring(0, 8);
        clinicAdmin.call(() -> staffAccounts.create(form(admin, StaffRole.CLINIC_ADMIN)));
        caller.actAs("northside", admin);
        StaffRefusedException disableSelf = assertThrows(
                StaffRefusedException.class,
                () -> clinicAdmin.call(() -> {
                    staffAccounts.disable(admin);
                    return null;
                }));
        assertEquals("refused.staff.disableSelf", disableSelf.key());
        StaffRefusedException ownRole = assertThrows(
                StaffRefusedException.class,
                () -> clinicAdmin.call(() -> {
                    staffAccounts.changeRole(admin, StaffRole.THERAPIST);
                    return null;
                }));
        assertEquals("refused.staff.ownRole", ownRole.key());
        assertTrue(clinicAdmin.call(() -> staffAccounts.list()).stream()
                .anyMatch(member -> member.username().equals(admin) && member.you()));
    }

    @Test
    void theLastClinicAdminStays() throws Exception {
        caller.actAs("harbor", "test-harbor");
        StaffRefusedException last = assertThrows(
                StaffRefusedException.class,
                () -> clinicAdmin.call(() -> {
                    staffAccounts.disable("harbor-admin");
                    return null;
                }));
        assertEquals("refused.staff.lastAdmin.disable", last.key());
        StaffRefusedException demote = assertThrows(
                StaffRefusedException.class,
                () -> clinicAdmin.call(() -> {
                    staffAccounts.changeRole("harbor-admin", StaffRole.THERAPIST);
                    return null;
                }));
        assertEquals("refused.staff.lastAdmin.demote", demote.key());
        String second = "hadmin" + UUID.randomUUID().toString().substring(0, 8);
        clinicAdmin.call(() -> staffAccounts.create(form(second, StaffRole.CLINIC_ADMIN)));
        clinicAdmin.call(() -> {
            staffAccounts.disable(second);
            return null;
        });
        assertFalse(user(second).isEnabled(), "with two admins one may go");
        assertThrows(
                StaffRefusedException.class,
                () -> clinicAdmin.call(() -> {
                    staffAccounts.disable("harbor-admin");
                    return null;
                }),
                "a disabled admin does not count");
        assertTrue(user("harbor-admin").isEnabled());
    }

    @Test
    void aUsernameKeycloakHasIsRefusedAndNothingIsKept() throws Exception {
        AccountException taken = assertThrows(
                AccountException.class,
                () -> clinicAdmin.call(() -> staffAccounts.create(form("northside-pt", StaffRole.THERAPIST))));
        assertEquals("account.refused.exists", taken.key());
        assertEquals(List.of("northside-pt"), taken.arguments());
        assertEquals(
                1,
                clinicAdmin.call(() -> staffAccounts.list()).stream()
                        .filter(member -> member.username().equals("northside-pt"))
                        .count());
    }

    @Test
    void accountChangesAreInTheClinicsAuditLogAndNoOtherClinics() throws Exception {
        clinicAdmin.call(() -> {
            staffAccounts.disable(username);
            return null;
        });
        AuditFilter mine = new AuditFilter();
        mine.setUser("test-northside");
        mine.setFrom(LocalDate.now(ZoneId.of("America/Chicago")).minusDays(1));
        List<AuditRow> entries = clinicAdmin.call(() -> auditLog.page(mine, 0, 50));
        assertTrue(
                entries.stream()
                        .anyMatch(row -> row.action() == AuditAction.STAFF_CREATED
                                && row.subject().equals("THERAPIST " + username)),
                entries.toString());
        assertEquals(AuditAction.STAFF_DISABLED, entries.get(0).action(), "newest first");
        AuditFilter disabled = new AuditFilter();
        disabled.setAction(AuditAction.STAFF_DISABLED);
        disabled.setTo(LocalDate.now(ZoneId.of("America/Chicago")).minusDays(2));
        assertTrue(
                clinicAdmin.call(() -> auditLog.page(disabled, 0, 50)).stream()
                        .noneMatch(row -> row.subject().equals(username)),
                "the day filter holds");

        caller.actFor("harbor");
        AuditFilter everything = new AuditFilter();
        everything.setUser("test-northside");
        assertEquals(0, clinicAdmin.call(() -> auditLog.count(everything)), "another clinic's log is not shown");
        assertRefused(() -> therapist.call(() -> auditLog.count(everything)));
        assertRefused(() -> patient.call(() -> auditLog.page(everything, 0, 10)));
    }

    @Test
    void badInputIsRefusedAtTheService() {
        assertInvalid(
                () -> clinicAdmin.call(() -> staffAccounts.create(form("No Spaces Allowed", StaffRole.THERAPIST))));
        StaffForm noEmail = form("tess" + UUID.randomUUID().toString().substring(0, 8), StaffRole.THERAPIST);
        noEmail.setEmail("not-an-email");
        assertInvalid(() -> clinicAdmin.call(() -> staffAccounts.create(noEmail)));
    }

    @Test
    void therapistsPatientsAndAnonymousCallersAreRefused() {
        for (Caller who : List.<Caller>of(work -> therapist.call(work), work -> patient.call(work), Callable::call)) {
            assertRefused(() -> who.call(() -> staffAccounts.list()));
            assertRefused(() -> who.call(() -> staffAccounts.create(
                    form("eve" + UUID.randomUUID().toString().substring(0, 8), StaffRole.CLINIC_ADMIN))));
            assertRefused(() -> who.call(() -> {
                staffAccounts.disable(username);
                return null;
            }));
            assertRefused(() -> who.call(() -> staffAccounts.resetPassword(username)));
            assertRefused(() -> who.call(() -> {
                staffAccounts.changeRole(username, StaffRole.CLINIC_ADMIN);
                return null;
            }));
        }
    }

    private UserRepresentation user(String name) {
        return keycloak.realm().users().search(name, true).get(0);
    }

    private List<String> realmRoles(UserRepresentation user) {
        return keycloak.realm().users().get(user.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .toList();
    }

    private static StaffForm form(String username, StaffRole role) {
        StaffForm form = new StaffForm();
        form.setUsername(username);
        form.setGivenName("Tess");
        form.setFamilyName("Tester");
        form.setEmail(username + "@example.org");
        form.setRole(role);
        return form;
    }
}
