package org.clinicportal.patient;

import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.clinicportal.accounts.Invitation;
import org.clinicportal.accounts.KeycloakConnection;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.SignIns;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TestDeployment;
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
 * Portal access against the real Keycloak the build starts: the account, its clinic and role, a
 * clinic admin stopping and allowing the login, and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
class PortalAccessIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith();
    }

    @EJB
    private PortalAccess portalAccess;

    @EJB
    private PatientRegistry registry;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @Inject
    private KeycloakConnection keycloak;

    @Inject
    private ScriptedCaller caller;

    @Inject
    private SignIns signIns;

    private long patientId;

    @BeforeEach
    void aPatientWithoutAccess() throws Exception {
        caller.actFor("northside");
        PatientDetails details = Runners.details("Zoë", "Access", LocalDate.of(1990, 4, 4));
        details.setEmail("zoe." + details.getFamilyName().toLowerCase() + "@example.org");
        patientId = therapist.call(() -> registry.register(details));
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void aTherapistGivesAccessAndKeycloakHasTheAccountWithClinicRoleAndPasswordChange() throws Exception {
        Invitation granted = therapist.call(() -> portalAccess.give(patientId));

        assertTrue(granted.username().startsWith("zoe.access"), granted.username());
        assertTrue(
                granted.expiresAt().isAfter(OffsetDateTime.now().plusDays(2)),
                "the link works for days: " + granted.expiresAt());
        assertTrue(therapist.call(() -> registry.profile(patientId)).portalAccess());

        UserRepresentation user =
                keycloak.realm().users().search(granted.username(), true).get(0);
        assertEquals(List.of("northside"), user.getAttributes().get("clinic"));
        assertEquals(List.of("UPDATE_PASSWORD"), user.getRequiredActions());
        assertTrue(
                keycloak.realm().users().get(user.getId()).credentials().isEmpty(),
                "no password until the patient chooses one");
        List<String> roles = keycloak.realm().users().get(user.getId()).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName)
                .toList();
        assertTrue(roles.contains("patient"), roles.toString());

        PortalAccessException again =
                assertThrows(PortalAccessException.class, () -> therapist.call(() -> portalAccess.give(patientId)));
        assertEquals("refused.portal.alreadyGiven", again.key());
    }

    @Test
    void aPatientWithoutAnEmailGetsNoLoginThatWouldStopThemAtTheFirstSignIn() throws Exception {
        long withoutEmail =
                therapist.call(() -> registry.register(Runners.details("Noel", "Nomail", LocalDate.of(1985, 1, 1))));

        PortalAccessException refused =
                assertThrows(PortalAccessException.class, () -> therapist.call(() -> portalAccess.give(withoutEmail)));
        assertEquals("refused.portal.noEmail", refused.key());
        assertFalse(therapist.call(() -> registry.profile(withoutEmail)).portalAccess());
    }

    @Test
    void aClinicAdminStopsAndAllowsThePatientsSignInWhichAnotherClinicCannot() throws Exception {
        Invitation granted = therapist.call(() -> portalAccess.give(patientId));
        PortalAccountView listed = clinicAdmin.call(() -> portalAccess.accounts()).stream()
                .filter(login -> login.patientId() == patientId)
                .findFirst()
                .orElseThrow();
        assertEquals(granted.username(), listed.username());
        assertTrue(listed.enabled());
        String account =
                keycloak.realm().users().search(granted.username(), true).get(0).getId();
        Instant signedInBefore = Instant.now().minusSeconds(1);
        assertFalse(signIns.hasEnded(account, signedInBefore));

        clinicAdmin.call(() -> {
            portalAccess.allowSignIn(patientId, false);
            return null;
        });
        assertFalse(
                keycloak.realm().users().search(granted.username(), true).get(0).isEnabled());
        assertTrue(signIns.hasEnded(account, signedInBefore), "the patient's open sessions end at once");
        assertFalse(clinicAdmin.call(() -> portalAccess.accounts()).stream()
                .filter(login -> login.patientId() == patientId)
                .findFirst()
                .orElseThrow()
                .enabled());

        caller.actFor("harbor");
        assertTrue(clinicAdmin.call(() -> portalAccess.accounts()).stream()
                .noneMatch(login -> login.patientId() == patientId));
        assertThrows(
                PatientNotFoundException.class,
                () -> clinicAdmin.call(() -> {
                    portalAccess.allowSignIn(patientId, true);
                    return null;
                }));
        assertFalse(
                keycloak.realm().users().search(granted.username(), true).get(0).isEnabled(), "still stopped");

        caller.actFor("northside");
        assertRefused(() -> therapist.call(() -> {
            portalAccess.allowSignIn(patientId, true);
            return null;
        }));
        assertRefused(() -> patient.call(() -> portalAccess.accounts()));
        clinicAdmin.call(() -> {
            portalAccess.allowSignIn(patientId, true);
            return null;
        });
        assertTrue(
                keycloak.realm().users().search(granted.username(), true).get(0).isEnabled());
    }

    @Test
    void whenKeycloakRefusesTheAccountNothingIsLinkedAndTheTherapistSeesWhy() throws Exception {
        PatientDetails clash = therapist.call(() -> registry.profile(patientId)).details();
        clash.setEmail("northside-pt@clinicportal.test");
        long version = therapist.call(() -> registry.profile(patientId)).version();
        therapist.call(() -> {
            registry.update(patientId, version, clash);
            return null;
        });

        PortalAccessException refused =
                assertThrows(PortalAccessException.class, () -> therapist.call(() -> portalAccess.give(patientId)));

        assertEquals("account.refused.exists", refused.key(), "Keycloak's own reason reaches the therapist");
        assertFalse(therapist.call(() -> registry.profile(patientId)).portalAccess(), "no half-linked record");
    }

    @Test
    void aTherapistOfAnotherClinicAPatientAClinicAdminAndAnonymousAreRefused() {
        caller.actFor("harbor");
        assertThrows(PatientNotFoundException.class, () -> therapist.call(() -> portalAccess.give(patientId)));
        assertThrows(
                PatientNotFoundException.class,
                () -> therapist.call(() -> portalAccess.sendInvitationAgain(patientId)));

        caller.actFor("northside");
        assertRefused(() -> patient.call(() -> portalAccess.give(patientId)));
        assertRefused(() -> portalAccess.give(patientId));
        assertRefused(() -> clinicAdmin.call(() -> portalAccess.give(patientId)));
        assertRefused(() -> patient.call(() -> portalAccess.sendInvitationAgain(patientId)));
        assertRefused(() -> portalAccess.sendInvitationAgain(patientId));
        assertRefused(() -> clinicAdmin.call(() -> portalAccess.sendInvitationAgain(patientId)));
    }

    @Test
    void anInvitationIsSentAgainOnlyToAPatientWhoHasALogin() throws Exception {
        PortalAccessException none = assertThrows(
                PortalAccessException.class, () -> therapist.call(() -> portalAccess.sendInvitationAgain(patientId)));
        assertEquals("refused.portal.none", none.key());
        Invitation first = therapist.call(() -> portalAccess.give(patientId));
        Invitation again = therapist.call(() -> portalAccess.sendInvitationAgain(patientId));
        assertEquals(first.username(), again.username());
        assertEquals(first.email(), again.email());
        assertTrue(!again.expiresAt().isBefore(first.expiresAt()), "the new link works at least as long");
    }
}
