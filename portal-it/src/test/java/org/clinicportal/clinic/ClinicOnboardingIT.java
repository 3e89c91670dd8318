package org.clinicportal.clinic;

import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinicportal.accounts.AccountException;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.accounts.KeycloakConnection;
import org.clinicportal.audit.AuditFilter;
import org.clinicportal.audit.AuditLog;
import org.clinicportal.audit.AuditRow;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsPlatformAdmin;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.staff.StaffAccounts;
import org.clinicportal.staff.StaffRole;
import org.clinicportal.staff.StaffView;
import org.clinicportal.tenancy.ClinicInactiveException;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TestDeployment;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.training.DistanceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Onboarding clinics against the real Keycloak and PostgreSQL: the clinic, its first admin's account
 * and staff record, the headcounts across clinics, deactivation and reactivation, and who may do it.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicOnboardingIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith();
    }

    @EJB
    private ClinicOnboarding onboarding;

    @EJB
    private StaffAccounts staffAccounts;

    @EJB
    private AuditLog auditLog;

    @EJB
    private AsPlatformAdmin platformAdmin;

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

    private String slug;

    @BeforeEach
    void aNewClinicSlug() {
        caller.actForNoClinic();
        slug = "c" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void aNewClinicComesWithItsFirstAdminWhoManagesItsStaff() throws Exception {
        Invitation admin = platformAdmin.call(() -> onboarding.onboard(form(slug, slug + "-admin")));
        assertEquals(slug + "-admin", admin.username());
        assertTrue(admin.expiresAt().isAfter(OffsetDateTime.now().plusDays(2)), "the invitation's link works for days");

        UserRepresentation account =
                keycloak.realm().users().search(admin.username(), true).get(0);
        assertEquals(List.of(slug), account.getAttributes().get("clinic"));
        assertEquals(List.of("UPDATE_PASSWORD"), account.getRequiredActions());
        ClinicSummary clinic = platformAdmin.call(() -> onboarding.clinics()).stream()
                .filter(summary -> summary.slug().equals(slug))
                .findFirst()
                .orElseThrow();
        assertEquals("Riverside Runners " + slug, clinic.name());
        assertEquals(1, clinic.staff());
        assertEquals(0, clinic.patients());
        assertTrue(clinic.active());

        caller.actAs(slug, admin.username());
        List<AuditRow> log = clinicAdmin.call(() -> auditLog.page(new AuditFilter(), 0, 10));
        assertEquals(
                AuditAction.CLINIC_ONBOARDED,
                log.get(log.size() - 1).action(),
                "the clinic's log starts with its onboarding");
        assertEquals("test-platform", log.get(log.size() - 1).actor());
        List<StaffView> staff = clinicAdmin.call(() -> staffAccounts.list());
        assertEquals(
                List.of(admin.username()),
                staff.stream().map(StaffView::username).toList());
        assertEquals(StaffRole.CLINIC_ADMIN, staff.get(0).role());
    }

    @Test
    void aDeactivatedClinicServesNothingUntilReactivatedWithEverythingKept() throws Exception {
        Invitation admin = platformAdmin.call(() -> onboarding.onboard(form(slug, slug + "-admin")));
        platformAdmin.call(() -> {
            onboarding.deactivate(slug);
            return null;
        });
        assertTrue(platformAdmin.call(() -> onboarding.clinics()).stream()
                .anyMatch(summary -> summary.slug().equals(slug) && !summary.active()));

        caller.actAs(slug, admin.username());
        ClinicInactiveException refused =
                assertThrows(ClinicInactiveException.class, () -> clinicAdmin.call(() -> staffAccounts.list()));
        assertEquals("The clinic " + slug + " is deactivated.", refused.getMessage());

        caller.actForNoClinic();
        platformAdmin.call(() -> {
            onboarding.reactivate(slug);
            return null;
        });
        caller.actAs(slug, admin.username());
        assertEquals(
                List.of(admin.username()),
                clinicAdmin.call(() -> staffAccounts.list()).stream()
                        .map(StaffView::username)
                        .toList());

        assertTrue(clinicAdmin.call(() -> auditLog.page(new AuditFilter(), 0, 10)).stream()
                .map(AuditRow::action)
                .toList()
                .containsAll(List.of(AuditAction.CLINIC_DEACTIVATED, AuditAction.CLINIC_REACTIVATED)));

        caller.actFor("northside");
        assertRefused(() -> clinicAdmin.call(() -> {
            onboarding.deactivate(slug);
            return null;
        }));
    }

    @Test
    void theHeadcountsCoverEveryClinic() throws Exception {
        List<ClinicSummary> clinics = platformAdmin.call(() -> onboarding.clinics());
        ClinicSummary northside = clinics.stream()
                .filter(summary -> summary.slug().equals("northside"))
                .findFirst()
                .orElseThrow();
        ClinicSummary harbor = clinics.stream()
                .filter(summary -> summary.slug().equals("harbor"))
                .findFirst()
                .orElseThrow();
        assertTrue(northside.staff() >= 2 && northside.patients() >= 4, northside.toString());
        assertTrue(harbor.staff() >= 2 && harbor.patients() >= 2, harbor.toString());
    }

    @Test
    void aTakenShortNameOrAdminUsernameIsRefusedAndNothingIsKept() throws Exception {
        assertThrows(
                ClinicRefusedException.class,
                () -> platformAdmin.call(() -> onboarding.onboard(form("northside", slug + "-a"))));
        AccountException taken = assertThrows(
                AccountException.class,
                () -> platformAdmin.call(() -> onboarding.onboard(form(slug, "northside-admin"))));
        assertEquals("account.refused.exists", taken.key());
        assertTrue(
                platformAdmin.call(() -> onboarding.clinics()).stream()
                        .noneMatch(summary -> summary.slug().equals(slug)),
                "the clinic was not kept");
    }

    @Test
    void badInputIsRefused() {
        assertInvalid(() -> platformAdmin.call(() -> onboarding.onboard(form("Not A Slug", slug + "-a"))));
        ClinicForm zoneless = form(slug, slug + "-a");
        zoneless.setTimeZone("Mars/Olympus");
        assertThrows(ClinicRefusedException.class, () -> platformAdmin.call(() -> onboarding.onboard(zoneless)));
    }

    @Test
    void aFirstAdminWhoHasNotChosenAPasswordIsInvitedAgain() throws Exception {
        Invitation first = platformAdmin.call(() -> onboarding.onboard(form(slug, slug + "-admin")));
        List<Invitation> again = platformAdmin.call(() -> onboarding.inviteAdminsAgain(slug));
        assertEquals(
                List.of(first.username()),
                again.stream().map(Invitation::username).toList());
        assertEquals(slug + "-admin@example.org", again.get(0).email());

        caller.actAs(slug, first.username());
        List<AuditRow> log = clinicAdmin.call(() -> auditLog.page(new AuditFilter(), 0, 10));
        assertEquals(AuditAction.STAFF_PASSWORD_RESET, log.get(0).action(), "the clinic's log says so");

        ClinicRefusedException none = assertThrows(
                ClinicRefusedException.class,
                () -> platformAdmin.call(() -> onboarding.inviteAdminsAgain("no-such-clinic")));
        assertEquals(List.of("no-such-clinic"), none.arguments());
        assertEquals("refused.clinic.unknown", none.key());
    }

    @Test
    void onlyPlatformAdminsOnboard() {
        caller.actFor("northside");
        assertRefused(() -> clinicAdmin.call(() -> onboarding.clinics()));
        assertRefused(() -> clinicAdmin.call(() -> onboarding.onboard(form(slug, slug + "-a"))));
        assertRefused(() -> therapist.call(() -> onboarding.clinics()));
        assertRefused(() -> clinicAdmin.call(() -> onboarding.inviteAdminsAgain("northside")));
        assertRefused(() -> therapist.call(() -> onboarding.inviteAdminsAgain("northside")));
        assertRefused(() -> patient.call(() -> onboarding.inviteAdminsAgain("northside")));
        assertRefused(() -> onboarding.inviteAdminsAgain("northside"));
    }

    private static ClinicForm form(String slug, String adminUsername) {
        ClinicForm form = new ClinicForm();
        form.setSlug(slug);
        form.setName("Riverside Runners " + slug);
        form.setTimeZone("Europe/Dublin");
        form.setDistanceUnit(DistanceUnit.KILOMETRES);
        form.setAdminUsername(adminUsername);
        form.setAdminGivenName("Rita");
        form.setAdminFamilyName("Ramos");
        form.setAdminEmail(adminUsername + "@example.org");
        return form;
    }
}
