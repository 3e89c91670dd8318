package org.clinicportal.record;

import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.Runners;
import org.clinicportal.program.ProgramAssignments;
import org.clinicportal.program.ProgramForm;
import org.clinicportal.program.ProgramTemplates;
import org.clinicportal.progress.StatementCounter;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.Refusals.Caller;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TenancyProbe;
import org.clinicportal.tenancy.TestDeployment;
import org.clinicportal.training.DistanceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The therapist's patient page reads the patient's record in one unit: the patient, visits, red flags and program
 * together, in a fixed number of statements, for the patient's own clinic only.
 */
@ExtendWith(ArquillianExtension.class)
class PatientRecordIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(TenancyProbe.class, StatementCounter.class);
    }

    @EJB
    private PatientRecord records;

    @EJB
    private PatientRegistry registry;

    @EJB
    private ProgramAssignments assignments;

    @EJB
    private ProgramTemplates templates;

    @EJB
    private TenancyProbe probe;

    @EJB
    private StatementCounter statements;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @EJB
    private AsPatient patient;

    @Inject
    private ScriptedCaller caller;

    private long runner;

    @BeforeEach
    void aRunnerWithAProgramAndARedFlag() throws Exception {
        caller.actFor("northside");
        PatientDetails details = Runners.details("Rae", "Record", LocalDate.of(1988, 3, 3));
        runner = therapist.call(() -> registry.register(details));
        long lateralHip = therapist.call(() -> templates.list()).stream()
                .filter(row -> row.name().equals("Lateral hip (side glute) strengthening"))
                .findFirst()
                .orElseThrow()
                .id();
        therapist.call(() -> {
            ProgramForm form = assignments.draft(runner, DistanceUnit.KILOMETRES);
            form.setStart(LocalDate.now());
            return assignments.assign(runner, assignments.addTemplate(form, lateralHip));
        });
        therapist.call(() -> {
            probe.nativeRaiseReferral("northside", runner);
            return null;
        });
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void theRecordHoldsWhatThePageShowsReadInAFixedNumberOfStatements() throws Exception {
        RecordView record = therapist.call(() -> records.open(runner));
        assertEquals(runner, record.profile().id());
        assertTrue(record.visits().intakes().isEmpty());
        assertEquals(1, record.openReferrals().size(), "the red flag awaiting a decision");
        assertNotNull(record.program().current());
        assertEquals(1, record.program().current().version());
        assertEquals(
                List.of(1),
                record.program().history().stream().map(row -> row.number()).toList());
        assertEquals(record.program(), therapist.call(() -> assignments.overview(runner)));

        // The patient, the audit entry, visits, red flags, the program's versions, the current one's items and
        // their exercises: each once, the patient read once for all the parts. The fewest of three openings: now
        // and then writing the audit entry first takes the next 50 numbers of its sequence.
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            fewest = Math.min(fewest, statements.count(() -> therapist.call(() -> records.open(runner))));
        }
        assertEquals(7, fewest);
        assertEquals(
                record.profile().displayName(),
                clinicAdmin.call(() -> records.open(runner)).profile().displayName(),
                "clinic admins read");
    }

    @Test
    void anotherClinicsTherapistFindsNoSuchPatient() {
        caller.actFor("harbor");
        assertThrows(PatientNotFoundException.class, () -> therapist.call(() -> records.open(runner)));
    }

    @Test
    void aPatientAndAnAnonymousCallerAreRefused() {
        for (Caller who : List.<Caller>of(work -> patient.call(work), Callable::call)) {
            assertRefused(() -> who.call(() -> records.open(runner)));
        }
    }
}
