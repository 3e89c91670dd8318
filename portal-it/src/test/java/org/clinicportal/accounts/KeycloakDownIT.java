package org.clinicportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.PortalAccess;
import org.clinicportal.patient.PortalAccessException;
import org.clinicportal.patient.Runners;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.staff.StaffAccounts;
import org.clinicportal.staff.StaffForm;
import org.clinicportal.staff.StaffNotFoundException;
import org.clinicportal.staff.StaffRole;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With Keycloak unreachable, account changes fail with a message that names Keycloak's address, and
 * the portal's records are left exactly as they were: no staff record, no portal-access link.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakDownIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(UnreachableKeycloak.class);
    }

    @EJB
    private StaffAccounts staffAccounts;

    @EJB
    private PortalAccess portalAccess;

    @EJB
    private PatientRegistry registry;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @EJB
    private AsTherapist therapist;

    @Inject
    private ScriptedCaller caller;

    @BeforeEach
    void actForNorthside() {
        caller.actFor("northside");
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void aNewStaffAccountFailsSayingKeycloakIsUnreachableAndLeavesNoRecord() {
        String username = "down" + UUID.randomUUID().toString().substring(0, 8);
        StaffForm form = new StaffForm();
        form.setUsername(username);
        form.setGivenName("Dana");
        form.setFamilyName("Down");
        form.setEmail(username + "@example.org");
        form.setRole(StaffRole.THERAPIST);
        AccountException refused =
                assertThrows(AccountException.class, () -> clinicAdmin.call(() -> staffAccounts.create(form)));
        assertEquals("account.failed.create", refused.key());
        assertThrows(
                StaffNotFoundException.class,
                () -> clinicAdmin.call(() -> staffAccounts.resetPassword(username)),
                "no staff record was kept");
    }

    @Test
    void theStaffListSaysKeycloakCannotBeReached() {
        AccountException refused =
                assertThrows(AccountException.class, () -> clinicAdmin.call(() -> staffAccounts.list()));
        assertEquals("account.failed.list", refused.key());
    }

    @Test
    void portalAccessFailsAndThePatientStaysWithoutALink() throws Exception {
        PatientDetails details = Runners.details("Kai", "Offline", LocalDate.of(1993, 2, 2));
        details.setEmail("kai.offline@example.org");
        long patientId = therapist.call(() -> registry.register(details));
        PortalAccessException refused =
                assertThrows(PortalAccessException.class, () -> therapist.call(() -> portalAccess.give(patientId)));
        assertEquals("account.failed.create", refused.key());
        assertFalse(therapist.call(() -> registry.profile(patientId)).portalAccess());
    }
}
