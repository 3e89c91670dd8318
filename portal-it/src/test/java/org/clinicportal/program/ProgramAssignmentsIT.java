package org.clinicportal.program;

import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicportal.audit.AuditProbe;
import org.clinicportal.intake.IntakeService;
import org.clinicportal.intake.ReferralView;
import org.clinicportal.language.Language;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.Runners;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.Refusals.Caller;
import org.clinicportal.tenancy.AtOnce;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.ScriptedLanguage;
import org.clinicportal.tenancy.TenancyProbe;
import org.clinicportal.tenancy.TestDeployment;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assigning programs and the patient's own view of them, in Payara against PostgreSQL: versions and
 * their history, the referral rule, stale edits, and every refusal across clinics and patients.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramAssignmentsIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(TenancyProbe.class, AuditProbe.class);
    }

    @EJB
    private ProgramAssignments assignments;

    @EJB
    private MyProgram myProgram;

    @EJB
    private ProgramTemplates templates;

    @EJB
    private ExerciseLibrary library;

    @EJB
    private PatientRegistry registry;

    @EJB
    private IntakeService intakes;

    @EJB
    private TenancyProbe probe;

    @EJB
    private AuditProbe audit;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @Inject
    private ScriptedCaller caller;

    @Inject
    private ScriptedLanguage language;

    private long runner;
    private String runnersAccount;
    private long lateralHip;

    @BeforeEach
    void aRunnerWithPortalAccess() throws Exception {
        caller.actFor("northside");
        runner = register("Rhea");
        runnersAccount = UUID.randomUUID().toString();
        therapist.call(() -> {
            probe.nativeLinkPortalAccount(runner, runnersAccount);
            return null;
        });
        lateralHip = therapist.call(() -> templates.list()).stream()
                .filter(row -> row.name().equals("Lateral hip (side glute) strengthening"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
        language.forget();
    }

    @Test
    void aPatientReadingInGermanGetsTheSharedExercisesAndTheTherapistsOwnNotesAsWritten() throws Exception {
        ProgramForm form = fromLateralHip(runner, today());
        form.getItems().get(1).setNote("Langsam absenken, wie besprochen.");
        therapist.call(() -> assignments.assign(runner, form));

        caller.actFor("northside", runnersAccount);
        language.readIn(Language.GERMAN);
        TodayView today = patient.call(() -> myProgram.today()).orElseThrow();
        ItemView legRaise = today.due().stream()
                .filter(item -> item.exercise().name().equals("Beinheben in Seitenlage"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("today in German: " + today.due()));
        assertTrue(legRaise.exercise().steps().get(0).startsWith("Legen Sie sich auf die schmerzfreie Seite"));
        assertEquals("Langsam absenken, wie besprochen.", legRaise.note(), "the therapist's own note, as written");
        assertTrue(
                patient.call(() -> myProgram.program(today.program().programId())).items().stream()
                        .anyMatch(item -> item.exercise().name().equals("Muschel (Clamshell)")),
                "the whole program in German");
    }

    @Test
    void aProgramFromATemplateWithAChangedDosageIsWhatThePatientSeesToday() throws Exception {
        ProgramForm form = fromLateralHip(runner, today());
        form.getItems().get(1).getDosage().setReps(14);
        assertEquals(1, therapist.call(() -> assignments.assign(runner, form)));

        caller.actFor("northside", runnersAccount);
        TodayView today = patient.call(() -> myProgram.today()).orElseThrow();
        assertEquals(1, today.week());
        ItemView legRaise = today.due().stream()
                .filter(item -> item.exercise().name().equals("Side-lying leg raise"))
                .findFirst()
                .orElseThrow();
        assertEquals(Optional.of(14), legRaise.dosage().reps());
        assertTrue(
                today.due().stream().noneMatch(item -> item.exercise().name().equals("Single-leg glute bridge")),
                "week 3 exercises are not due in week 1");
        assertTrue(legRaise.exercise().steps().size() > 1);
        assertEquals(
                today.program().programId(),
                patient.call(() -> myProgram.program(today.program().programId()))
                        .programId());
    }

    @Test
    void everyChangeIsANewVersionWithItsAuthorAndThePatientSeesTheCurrentOne() throws Exception {
        therapist.call(() -> assignments.assign(runner, fromLateralHip(runner, today())));
        ProgramForm change = therapist.call(() -> assignments.draft(runner, DistanceUnit.MILES));
        assertEquals(1, change.getBasedOn());
        change.getItems().remove(0);
        change.setReturnToRun(true);
        change.setReturnToRunFrom(today());
        assertEquals(2, therapist.call(() -> assignments.assign(runner, change)));

        ProgramOverview overview = therapist.call(() -> assignments.overview(runner));
        List<VersionRow> history = overview.history();
        assertEquals(List.of(2, 1), history.stream().map(VersionRow::number).toList());
        assertEquals("test-northside", history.get(0).createdBy());
        assertTrue(history.get(0).current());
        assertFalse(history.get(1).current());
        assertEquals(history.get(1).exercises() - 1, history.get(0).exercises());
        assertEquals(2, overview.current().version(), "the current version is the newest");
        assertEquals(history.get(0).exercises(), overview.current().items().size());

        caller.actFor("northside", runnersAccount);
        TodayView today = patient.call(() -> myProgram.today()).orElseThrow();
        assertEquals(2, today.program().version());
        RunWeek week = today.runWeek();
        assertEquals(1, week.number());
        assertEquals(Optional.of(Distance.ofMiles("1.5")), week.longestRun());
        caller.actFor("northside");
        assertTrue(therapist.call(() -> audit.actionsFor(runner)).contains("PROGRAM_ASSIGNED by test-northside"));
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsRefusedAndExplained() throws Exception {
        ProgramForm first = fromLateralHip(runner, today());
        ProgramForm second = fromLateralHip(runner, today());
        therapist.call(() -> assignments.assign(runner, first));
        ConcurrentChangeException refused = assertThrows(
                ConcurrentChangeException.class, () -> therapist.call(() -> assignments.assign(runner, second)));
        assertEquals("refused.concurrentChange", refused.key());
        assertEquals(
                1, therapist.call(() -> assignments.overview(runner)).history().size());
    }

    @Test
    void twoTherapistsChangingTheSameVersionAtOnceOneIsToldTheOtherChangedIt() throws Exception {
        therapist.call(() -> assignments.assign(runner, fromLateralHip(runner, today())));
        ProgramForm mine = therapist.call(() -> assignments.draft(runner, DistanceUnit.MILES));
        ProgramForm theirs = therapist.call(() -> assignments.draft(runner, DistanceUnit.MILES));
        theirs.getItems().remove(0);

        assertSecondOfTwoAtOnceIsRefused(mine, theirs);
        assertEquals(
                2, therapist.call(() -> assignments.overview(runner)).current().version());
    }

    @Test
    void twoFirstAssignmentsAtOnceMakeOneProgram() throws Exception {
        assertSecondOfTwoAtOnceIsRefused(fromLateralHip(runner, today()), fromLateralHip(runner, today()));
        assertEquals(
                1, therapist.call(() -> assignments.overview(runner)).history().size());
    }

    @Test
    void anotherClinicNeitherSeesNorAddsToAProgramsExercisesThroughNativeSql() throws Exception {
        caller.actFor("harbor");
        long harborSees = therapist.call(() -> probe.nativeProgramItemCount());
        caller.actFor("northside");
        long northsideSaw = therapist.call(() -> probe.nativeProgramItemCount());
        ProgramForm form = fromLateralHip(runner, today());
        therapist.call(() -> assignments.assign(runner, form));

        assertEquals(northsideSaw + form.getItems().size(), therapist.call(() -> probe.nativeProgramItemCount()));
        caller.actFor("harbor");
        assertEquals(harborSees, therapist.call(() -> probe.nativeProgramItemCount()));
        assertEquals(
                0, therapist.call(() -> probe.nativeAddToProgramOf(runner)), "Harbor cannot see the version to add to");
    }

    @Test
    void anotherClinicCannotAddToAProgramByNamingItsVersion() throws Exception {
        therapist.call(() -> assignments.assign(runner, fromLateralHip(runner, today())));
        long version = therapist.call(() -> probe.nativeNewestVersionOf(runner));
        long exercises = therapist.call(() -> probe.nativeProgramItemCount());

        caller.actFor("harbor");
        assertThrows(EJBException.class, () -> therapist.call(() -> probe.nativeAddToVersion(version)));
        caller.actFor("northside");
        assertEquals(exercises, therapist.call(() -> probe.nativeProgramItemCount()));
    }

    @Test
    void noProgramWhileARedFlagAwaitsAReferralDecision() throws Exception {
        therapist.call(() -> {
            probe.nativeRaiseReferral("northside", runner);
            return null;
        });
        ProgramForm form = fromLateralHip(runner, today());
        ProgramRefusedException refused = assertThrows(
                ProgramRefusedException.class, () -> therapist.call(() -> assignments.assign(runner, form)));
        assertEquals("refused.program.openReferral", refused.key());

        ReferralView alert = therapist.call(() -> intakes.referrals(runner)).get(0);
        therapist.call(() -> {
            intakes.acknowledgeReferral(alert.id(), alert.version(), "Seen by the sports physician: no fracture.");
            return null;
        });
        assertEquals(1, therapist.call(() -> assignments.assign(runner, form)));
    }

    @Test
    void aDischargedPatientGetsNoNewProgram() throws Exception {
        therapist.call(() -> {
            registry.discharge(runner, registry.profile(runner).version());
            return null;
        });
        ProgramForm form = fromLateralHip(runner, today());
        assertThrows(ProgramRefusedException.class, () -> therapist.call(() -> assignments.assign(runner, form)));
    }

    @Test
    void badInputIsRefusedAtTheService() throws Exception {
        ProgramForm rampBeforeStart = fromLateralHip(runner, today());
        rampBeforeStart.setReturnToRun(true);
        rampBeforeStart.setReturnToRunFrom(today().minusDays(1));
        assertInvalid(() -> therapist.call(() -> assignments.assign(runner, rampBeforeStart)));
        ProgramForm nothing = fromLateralHip(runner, today());
        nothing.getItems().clear();
        assertInvalid(() -> therapist.call(() -> assignments.assign(runner, nothing)));
        ProgramForm weeksReversed = fromLateralHip(runner, today());
        weeksReversed.getItems().get(0).setFromWeek(4);
        weeksReversed.getItems().get(0).setToWeek(2);
        assertInvalid(() -> therapist.call(() -> assignments.assign(runner, weeksReversed)));
        ProgramForm eightDays = fromLateralHip(runner, today());
        eightDays.getItems().get(0).getDosage().setTimesPerWeek(8);
        assertInvalid(() -> therapist.call(() -> assignments.assign(runner, eightDays)));
    }

    @Test
    void aTherapistOfAnotherClinicCannotSeeOrAssignThePatientsProgram() throws Exception {
        therapist.call(() -> assignments.assign(runner, fromLateralHip(runner, today())));
        ProgramForm form = fromLateralHip(runner, today());
        caller.actFor("harbor");
        assertThrows(PatientNotFoundException.class, () -> therapist.call(() -> assignments.overview(runner)));
        assertThrows(
                PatientNotFoundException.class,
                () -> therapist.call(() -> assignments.draft(runner, DistanceUnit.KILOMETRES)));
        assertThrows(PatientNotFoundException.class, () -> therapist.call(() -> assignments.assign(runner, form)));
    }

    @Test
    void aProgramCannotPrescribeAnotherClinicsExercise() throws Exception {
        caller.actFor("harbor");
        long harborPatient = register("Hugo");
        ProgramForm crafted = therapist.call(() -> assignments.draft(harborPatient, DistanceUnit.KILOMETRES));
        ItemForm line = new ItemForm();
        line.setExerciseId(northsideOwnExercise());
        line.getDosage().setTimesPerWeek(3);
        line.getDosage().setReps(10);
        crafted.getItems().add(line);
        caller.actFor("harbor");
        assertThrows(
                ExerciseNotFoundException.class,
                () -> therapist.call(() -> assignments.assign(harborPatient, crafted)));
    }

    @Test
    void aPatientSeesOnlyTheirOwnProgram() throws Exception {
        long otherRunner = register("Otto");
        therapist.call(() -> assignments.assign(otherRunner, fromLateralHip(otherRunner, today())));
        long othersProgram = therapist
                .call(() -> assignments.overview(otherRunner))
                .current()
                .programId();

        caller.actFor("northside", runnersAccount);
        assertEquals(Optional.empty(), patient.call(() -> myProgram.today()), "no program assigned to this runner yet");
        assertThrows(
                ProgramNotFoundException.class,
                () -> patient.call(() -> myProgram.program(othersProgram)),
                "another patient's program by id");

        caller.actFor("harbor", runnersAccount);
        assertThrows(
                ProgramNotFoundException.class,
                () -> patient.call(() -> myProgram.program(othersProgram)),
                "nor from another clinic");
        assertEquals(Optional.empty(), patient.call(() -> myProgram.today()));
    }

    @Test
    void patientsAndClinicAdminsCannotAssignAndStaffCannotUseThePatientsPortal() throws Exception {
        ProgramForm form = fromLateralHip(runner, today());
        assertRefused(() -> patient.call(() -> assignments.assign(runner, form)));
        assertRefused(() -> patient.call(() -> assignments.overview(runner)));
        assertRefused(() -> patient.call(() -> assignments.draft(runner, DistanceUnit.KILOMETRES)));
        assertRefused(() -> clinicAdmin.call(() -> assignments.assign(runner, form)));
        assertNull(clinicAdmin.call(() -> assignments.overview(runner)).current(), "clinic admins read");
        assertRefused(() -> therapist.call(() -> myProgram.today()));
        assertRefused(() -> therapist.call(() -> myProgram.program(1)));
    }

    @Test
    void anAnonymousCallerIsRefusedEveryMethod() throws Exception {
        ProgramForm form = fromLateralHip(runner, today());
        Caller nobody = Callable::call;
        assertRefused(() -> nobody.call(() -> assignments.assign(runner, form)));
        assertRefused(() -> nobody.call(() -> assignments.overview(runner)));
        assertRefused(() -> nobody.call(() -> assignments.draft(runner, DistanceUnit.KILOMETRES)));
        assertRefused(() -> nobody.call(() -> assignments.addTemplate(form, lateralHip)));
        assertRefused(() -> nobody.call(() -> myProgram.today()));
        assertRefused(() -> nobody.call(() -> myProgram.program(1)));
    }

    /** The second of two assignments made at once from the same version is refused, and says why. */
    private void assertSecondOfTwoAtOnceIsRefused(ProgramForm first, ProgramForm second) throws Exception {
        AtOnce race = new AtOnce();
        assertThrows(
                ConcurrentChangeException.class,
                () -> race.run(
                        probe,
                        () -> {
                            caller.actFor("northside");
                            return therapist.call(() -> {
                                assignments.assign(runner, first);
                                race.holdOpen();
                                return null;
                            });
                        },
                        () -> {
                            caller.actFor("northside");
                            return therapist.call(() -> assignments.assign(runner, second));
                        }));
    }

    /** Today at Northside, whose patients' days run in Chicago time. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Chicago"));
    }

    private ProgramForm fromLateralHip(long patientId, LocalDate start) throws Exception {
        ProgramForm form = therapist.call(() -> assignments.draft(patientId, DistanceUnit.MILES));
        form.setStart(start);
        return therapist.call(() -> assignments.addTemplate(form, lateralHip));
    }

    private long northsideOwnExercise() throws Exception {
        caller.actFor("northside");
        ExerciseForm own = new ExerciseForm();
        own.setName("Northside only " + UUID.randomUUID());
        own.setCategory(ExerciseCategory.STRENGTH);
        own.setTarget("glutes");
        own.getDosage().setReps(10);
        own.getDosage().setTimesPerWeek(2);
        own.setInstructions("Do it.");
        return therapist.call(() -> library.add(own));
    }

    private long register(String given) throws Exception {
        PatientDetails details = Runners.details(given, "Program", LocalDate.of(1990, 4, 2));
        return therapist.call(() -> registry.register(details));
    }
}
