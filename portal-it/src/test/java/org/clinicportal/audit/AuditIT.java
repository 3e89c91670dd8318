package org.clinicportal.audit;

import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.Refusals.Caller;
import org.clinicportal.staff.StaffRole;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TenancyProbe;
import org.clinicportal.tenancy.TestDeployment;
import org.clinicportal.trail.AuditAction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log can be trusted and read by the people it is about: each clinic's entries form a hash chain that
 * shows where the database owner changed or removed one, and a patient sees which staff member opened or changed
 * their record, and nothing about anyone else.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    /** Sam Rivera, Northside's demo patient, and the portal account linked to him. */
    private static final long SAM = 900001;

    private static final String SAMS_ACCOUNT = "a3f1c2d4-0001-4c6e-9b1a-5d2e7f8a9001";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(AuditProbe.class, TenancyProbe.class);
    }

    @EJB
    private AuditProbe probe;

    @EJB
    private AuditLog auditLog;

    @EJB
    private RecordAccessLog accessLog;

    @EJB
    private PatientRegistry registry;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @Inject
    private ScriptedCaller caller;

    @Resource(lookup = "java:app/jdbc/portalOwner")
    private DataSource owner;

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void aChangeOrRemovalByTheDatabaseOwnerBreaksTheChainWhereItHappened() throws Exception {
        String clinic = newClinic();
        for (int i = 1; i <= 4; i++) {
            record(clinic, "entry " + i);
        }
        AuditIntegrity intact = clinicAdmin.call(() -> auditLog.integrity());
        assertTrue(intact.intact(), intact.toString());
        assertEquals(4, intact.entries());
        assertNotNull(intact.since());
        assertNotNull(intact.checkedInFull(), "the first check is of the whole log");

        asOwner(
                "update audit_entry set subject = 'entry two, rewritten' where clinic_id = ? and chain_seq = 2",
                clinic);
        assertTrue(
                clinicAdmin.call(() -> auditLog.integrity()).intact(),
                "a view checks only what was written since the last check");
        AuditIntegrity changed = clinicAdmin.call(() -> auditLog.integrityInFull());
        assertFalse(changed.intact());
        assertEquals(2L, changed.brokenAt(), "the changed entry");
        assertNotNull(changed.brokenOccurredAt());

        asOwner("update audit_entry set subject = 'entry 2' where clinic_id = ? and chain_seq = 2", clinic);
        assertTrue(
                clinicAdmin.call(() -> auditLog.integrityInFull()).intact(),
                "the seal is over the content: put back, it holds again");

        record(clinic, "entry 5");
        record(clinic, "entry 6");
        asOwner(
                "update audit_entry set subject = 'entry six, rewritten' where clinic_id = ? and chain_seq = 6",
                clinic);
        assertEquals(
                6L,
                clinicAdmin.call(() -> auditLog.integrity()).brokenAt(),
                "an entry written since the last check is checked at the next view");
        asOwner("update audit_entry set subject = 'entry 6' where clinic_id = ? and chain_seq = 6", clinic);
        assertTrue(clinicAdmin.call(() -> auditLog.integrity()).intact());

        asOwner("delete from audit_entry where clinic_id = ? and chain_seq = 3", clinic);
        assertEquals(
                4L, clinicAdmin.call(() -> auditLog.integrityInFull()).brokenAt(), "the entry after the removed one");

        asOwner("delete from audit_entry where clinic_id = ? and chain_seq >= 3", clinic);
        AuditIntegrity shortened = clinicAdmin.call(() -> auditLog.integrity());
        assertNull(shortened.brokenAt(), "what is left is linked");
        assertEquals(2L, shortened.lastIntact(), "but the log's end was removed");
        assertEquals(2L, clinicAdmin.call(() -> auditLog.integrityInFull()).lastIntact());
    }

    @Test
    void entriesWrittenAtOnceFormOneUnbrokenChain() throws Exception {
        String clinic = newClinic();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> written = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String subject = "concurrent " + i;
                written.add(writers.submit(() -> {
                    record(clinic, subject);
                    return null;
                }));
            }
            for (Future<?> entry : written) {
                entry.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        caller.actFor(clinic);
        AuditIntegrity integrity = clinicAdmin.call(() -> auditLog.integrity());
        assertTrue(integrity.intact(), integrity.toString());
        assertEquals(40, integrity.entries());
    }

    @Test
    void aRequestsEntryDoesNotHoldUpTheClinicsOtherRequestsUntilItsWorkIsDone() throws Exception {
        String clinic = newClinic();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = requests.submit(() -> {
                caller.actFor(clinic);
                clinicAdmin.call(() -> {
                    probe.recordAndGoOn("slow request", recorded, finish);
                    return null;
                });
                return null;
            });
            assertTrue(recorded.await(30, TimeUnit.SECONDS), "the slow request wrote its entry");
            Future<?> quick = requests.submit(() -> {
                record(clinic, "quick request");
                return null;
            });
            quick.get(10, TimeUnit.SECONDS);
            finish.countDown();
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            finish.countDown();
            requests.shutdownNow();
        }
        caller.actFor(clinic);
        AuditIntegrity integrity = clinicAdmin.call(() -> auditLog.integrity());
        assertTrue(integrity.intact(), integrity.toString());
        assertEquals(2, integrity.entries());
    }

    @Test
    void onlyTheClinicsAdminsCheckTheChain() {
        caller.actFor("northside");
        assertRefused(() -> therapist.call(() -> auditLog.integrity()));
        assertRefused(() -> patient.call(() -> auditLog.integrity()));
        Caller nobody = Callable::call;
        assertRefused(() -> nobody.call(() -> auditLog.integrity()));
        for (Caller who : List.<Caller>of(work -> therapist.call(work), work -> patient.call(work), nobody)) {
            assertRefused(() -> who.call(() -> auditLog.integrityInFull()));
            assertRefused(() -> who.call(() -> auditLog.pageAfter(new AuditFilter(), null, 10)));
        }
    }

    @Test
    void theLogReadPageAfterPageIsTheLogInThePagesOrder() throws Exception {
        String clinic = newClinic();
        for (int i = 1; i <= 7; i++) {
            record(clinic, "entry " + i);
        }
        caller.actFor(clinic);
        List<AuditRow> whole = clinicAdmin.call(() -> auditLog.page(new AuditFilter(), 0, 100));
        List<AuditRow> inPages = new ArrayList<>();
        AuditRow last = null;
        for (int pages = 0; pages < 10; pages++) {
            AuditRow after = last;
            List<AuditRow> page = clinicAdmin.call(() -> auditLog.pageAfter(new AuditFilter(), after, 3));
            inPages.addAll(page);
            if (page.size() < 3) {
                break;
            }
            last = page.get(page.size() - 1);
        }
        assertEquals(whole, inPages);
        assertEquals(7, whole.size());
    }

    @Test
    void thePatientSeesWhichStaffMemberOpenedTheirRecordAndNothingElse() throws Exception {
        caller.actAs("northside", "northside-pt");
        therapist.call(() -> registry.profile(SAM));

        caller.actFor("northside", SAMS_ACCOUNT);
        RecordAccess latest = patient.call(() -> accessLog.page(0, 10)).get(0);
        assertEquals("Nora", latest.staffGivenName());
        assertEquals("Lindqvist", latest.staffFamilyName());
        assertEquals(StaffRole.THERAPIST, latest.staffRole());
        assertEquals(AuditAction.PATIENT_VIEWED, latest.action());
        assertTrue(latest.viewed());
        long count = patient.call(() -> accessLog.count());
        assertTrue(count >= 1);
        assertTrue(
                patient.call(() -> accessLog.page(0, 100)).stream().allMatch(access -> access.staffRole() != null),
                "only staff's entries, none of the patient's own");

        caller.actFor("northside", UUID.randomUUID().toString());
        assertEquals(0, patient.call(() -> accessLog.count()), "an account linked to no record sees nothing");
        caller.actFor("harbor", SAMS_ACCOUNT);
        assertEquals(
                List.of(), patient.call(() -> accessLog.page(0, 10)), "the account in another clinic sees nothing");
    }

    @Test
    void onlyPatientsReadTheirAccessList() {
        caller.actFor("northside");
        assertRefused(() -> therapist.call(() -> accessLog.page(0, 10)));
        assertRefused(() -> clinicAdmin.call(() -> accessLog.count()));
        Caller nobody = Callable::call;
        assertRefused(() -> nobody.call(() -> accessLog.page(0, 10)));
    }

    private String newClinic() throws SQLException {
        String clinic = "chain-" + UUID.randomUUID().toString().substring(0, 8);
        asOwner(
                "insert into clinic (id, name, time_zone, distance_unit) values (?, 'Audit Chain Clinic', 'Europe/Berlin', 'KILOMETRES')",
                clinic);
        return clinic;
    }

    private void record(String clinic, String subject) throws Exception {
        caller.actFor(clinic);
        clinicAdmin.call(() -> {
            probe.record(AuditAction.STAFF_CREATED, null, subject);
            return null;
        });
    }

    private void asOwner(String sql, String clinic) throws SQLException {
        try (Connection connection = owner.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, clinic);
            statement.executeUpdate();
        }
    }
}
