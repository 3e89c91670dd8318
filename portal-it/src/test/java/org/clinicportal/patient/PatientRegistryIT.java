package org.clinicportal.patient;

import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicportal.audit.AuditFilter;
import org.clinicportal.audit.AuditLog;
import org.clinicportal.audit.AuditProbe;
import org.clinicportal.audit.AuditRow;
import org.clinicportal.persistence.ConcurrentChangeException;
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

/**
 * The patient registry in Payara against PostgreSQL: what a therapist can do in their own clinic,
 * and what a therapist of another clinic, a patient, a clinic admin and an anonymous caller cannot.
 */
@ExtendWith(ArquillianExtension.class)
class PatientRegistryIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(AuditProbe.class);
    }

    @EJB
    private PatientRegistry registry;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @EJB
    private AuditProbe audit;

    @EJB
    private AuditLog auditLog;

    @Inject
    private ScriptedCaller caller;

    private String family;
    private long northsidePatient;

    @BeforeEach
    void aNorthsidePatient() throws Exception {
        family = "Registry" + UUID.randomUUID().toString().substring(0, 8);
        caller.actFor("northside");
        northsidePatient = therapist.call(() -> registry.register(details("Rosa", family, LocalDate.of(1987, 3, 9))));
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    private static PatientDetails details(String given, String familyName, LocalDate born) {
        PatientDetails details = new PatientDetails();
        details.setGivenName(given);
        details.setFamilyName(familyName);
        details.setDateOfBirth(born);
        details.setEmail("rosa@example.org");
        details.setAssignedTherapist("northside-pt");
        return details;
    }

    @Test
    void aTherapistRegistersFindsAndCorrectsAPatient() throws Exception {
        PatientProfile profile = therapist.call(() -> registry.profile(northsidePatient));
        assertEquals("Rosa " + family, profile.displayName());
        assertEquals(PatientStatus.ACTIVE, profile.status());

        PatientDetails corrected = profile.details();
        corrected.setPhone("+1 312 555 0100");
        therapist.call(() -> {
            registry.update(northsidePatient, profile.version(), corrected);
            return null;
        });

        assertEquals(
                "+1 312 555 0100",
                therapist
                        .call(() -> registry.profile(northsidePatient))
                        .details()
                        .getPhone());
    }

    @Test
    void searchMatchesTheStartOfEitherNameAndPagesTheResult() throws Exception {
        therapist.call(() -> registry.register(details("Tomas", family, LocalDate.of(1990, 1, 1))));
        PatientSearch byFamily = new PatientSearch(family.substring(0, 12).toLowerCase(), null, null);

        assertEquals(2, therapist.call(() -> registry.count(byFamily)));
        List<PatientRow> firstPage =
                therapist.call(() -> registry.list(byFamily, 0, 1, PatientOrder.DATE_OF_BIRTH, true));
        assertEquals(1, firstPage.size());
        assertEquals("Rosa", firstPage.get(0).givenName());
        assertEquals(
                0,
                therapist.call(() -> registry.count(new PatientSearch(family.substring(3), null, null))),
                "the middle of a name does not match");
    }

    @Test
    void viewsAndChangesAreAudited() throws Exception {
        therapist.call(() -> registry.profile(northsidePatient));

        List<String> actions = therapist.call(() -> audit.actionsFor(northsidePatient));
        assertEquals(List.of("PATIENT_VIEWED by test-northside", "PATIENT_REGISTERED by test-northside"), actions);
    }

    @Test
    void theAuditLogFindsAPatientByNameOrNumberAndNamesThem() throws Exception {
        therapist.call(() -> registry.profile(northsidePatient));
        AuditFilter byName = new AuditFilter();
        byName.setPatient(family.toUpperCase());
        AuditFilter byNumber = new AuditFilter();
        byNumber.setPatient(" " + northsidePatient + " ");
        AuditFilter byWildcard = new AuditFilter();
        byWildcard.setPatient("%");

        List<AuditRow> named = clinicAdmin.call(() -> auditLog.page(byName, 0, 10));
        assertEquals(
                List.of(AuditAction.PATIENT_VIEWED, AuditAction.PATIENT_REGISTERED),
                named.stream().map(AuditRow::action).toList());
        assertEquals("Rosa " + family, named.get(0).patientName());
        assertEquals(2, clinicAdmin.call(() -> auditLog.count(byNumber)));
        assertEquals(0, clinicAdmin.call(() -> auditLog.count(byWildcard)), "a % is a character, not a wildcard");

        caller.actFor("harbor");
        assertEquals(0, clinicAdmin.call(() -> auditLog.count(byNumber)), "another clinic's admin finds nothing");
    }

    @Test
    void aTherapistOfAnotherClinicCannotSeeOrChangeThePatient() throws Exception {
        PatientDetails details =
                therapist.call(() -> registry.profile(northsidePatient)).details();
        caller.actFor("harbor");

        assertThrows(PatientNotFoundException.class, () -> therapist.call(() -> registry.profile(northsidePatient)));
        assertThrows(
                PatientNotFoundException.class,
                () -> therapist.call(() -> {
                    registry.update(northsidePatient, 0, details);
                    return null;
                }));
        assertThrows(
                PatientNotFoundException.class,
                () -> therapist.call(() -> {
                    registry.discharge(northsidePatient, 0);
                    return null;
                }));
        assertEquals(0, therapist.call(() -> registry.count(new PatientSearch(family, null, null))));
    }

    @Test
    void aPatientIsRefusedEveryMethod() {
        refusesEveryMethod(work -> patient.call(work));
    }

    @Test
    void anAnonymousCallerIsRefusedEveryMethod() {
        refusesEveryMethod(Callable::call);
    }

    private void refusesEveryMethod(Caller who) {
        PatientDetails details = details("Eve", family, LocalDate.of(1990, 1, 1));
        assertRefused(() -> who.call(() -> registry.profile(northsidePatient)));
        assertRefused(() -> who.call(() -> registry.count(PatientSearch.everyone())));
        assertRefused(() -> who.call(() -> registry.list(PatientSearch.everyone(), 0, 10, PatientOrder.NAME, true)));
        assertRefused(() -> who.call(() -> registry.register(details)));
        assertRefused(() -> who.call(() -> registry.newPatient()));
        assertRefused(() -> who.call(() -> registry.therapists()));
        assertRefused(() -> who.call(() -> {
            registry.update(northsidePatient, 0, details);
            return null;
        }));
        assertRefused(() -> who.call(() -> {
            registry.discharge(northsidePatient, 0);
            return null;
        }));
        assertRefused(() -> who.call(() -> {
            registry.readmit(northsidePatient, 0);
            return null;
        }));
    }

    @Test
    void aNewPatientIsAssignedToTheRegisteringTherapistWhoPicksAmongTheirClinicsTherapists() throws Exception {
        caller.actAs("northside", "northside-pt");
        assertEquals("northside-pt", therapist.call(() -> registry.newPatient()).getAssignedTherapist());
        List<String> northside = therapist.call(() -> registry.therapists()).stream()
                .map(TherapistOption::username)
                .toList();
        assertTrue(northside.contains("northside-pt"), northside.toString());
        assertFalse(northside.contains("harbor-pt"), "never another clinic's therapist");
        assertFalse(northside.contains("northside-admin"), "only therapists");

        caller.actFor("harbor");
        List<String> harbor = therapist.call(() -> registry.therapists()).stream()
                .map(TherapistOption::username)
                .toList();
        assertTrue(harbor.contains("harbor-pt") && !harbor.contains("northside-pt"), harbor.toString());
    }

    @Test
    void aClinicAdminReadsButDoesNotChange() throws Exception {
        assertEquals(
                "Rosa " + family,
                clinicAdmin.call(() -> registry.profile(northsidePatient)).displayName());
        assertRefused(() ->
                clinicAdmin.call(() -> registry.register(details("Ann", family, LocalDate.of(1990, 1, 1)))));
        assertRefused(() -> clinicAdmin.call(() -> {
            registry.readmit(northsidePatient, 0);
            return null;
        }));
        assertRefused(() -> clinicAdmin.call(() -> {
            registry.update(northsidePatient, 0, details("Ann", family, LocalDate.of(1990, 1, 1)));
            return null;
        }));
        assertRefused(() -> clinicAdmin.call(() -> {
            registry.discharge(northsidePatient, 0);
            return null;
        }));
    }

    @Test
    void theServiceRefusesWhatTheFormRefuses() {
        LocalDate threeYearsOld = LocalDate.now().minusYears(3);
        LocalDate hundredThirty = LocalDate.now().minusYears(130);

        assertInvalid(() -> therapist.call(() -> registry.register(details("Tiny", family, threeYearsOld))));
        assertInvalid(() -> therapist.call(() -> registry.register(details("Old", family, hundredThirty))));
        assertInvalid(() -> therapist.call(() ->
                registry.register(details("Future", family, LocalDate.now().plusDays(1)))));
        assertInvalid(() ->
                therapist.call(() -> registry.register(details("x".repeat(81), family, LocalDate.of(1990, 1, 1)))));
        PatientDetails badEmail = details("Mail", family, LocalDate.of(1990, 1, 1));
        badEmail.setEmail("not an address");
        assertInvalid(() -> therapist.call(() -> registry.register(badEmail)));
    }

    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefused() throws Exception {
        PatientProfile openedByBoth = therapist.call(() -> registry.profile(northsidePatient));
        PatientDetails first = openedByBoth.details();
        first.setPhone("111");
        therapist.call(() -> {
            registry.update(northsidePatient, openedByBoth.version(), first);
            return null;
        });

        PatientDetails second = openedByBoth.details();
        second.setPhone("222");
        ConcurrentChangeException refused = assertThrows(
                ConcurrentChangeException.class,
                () -> therapist.call(() -> {
                    registry.update(northsidePatient, openedByBoth.version(), second);
                    return null;
                }));
        assertEquals("refused.concurrentChange", refused.key());
        assertEquals(
                "111",
                therapist
                        .call(() -> registry.profile(northsidePatient))
                        .details()
                        .getPhone());
    }
}
