package org.clinicportal.progress;

import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clinicportal.intake.RedFlag;
import org.clinicportal.language.Language;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientNotFoundException;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.program.LateralHipProbe;
import org.clinicportal.program.ProgramAssignments;
import org.clinicportal.program.ProgramForm;
import org.clinicportal.program.ProgramRefusedException;
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
import org.clinicportal.training.ShoeType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress in Payara against PostgreSQL: logs that never duplicate, alerts raised by the rules and
 * acknowledged with their history, the caseload and its constant number of statements, and every
 * refusal across clinics and patients.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressIT {

    private static final ZoneId NORTHSIDE = ZoneId.of("America/Chicago");

    /** What the first of two therapists acknowledging the same red flag wrote. */
    private static final String FIRST_NOTE = "Referred to the sports physician";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(
                TenancyProbe.class, CaseloadProbe.class, StatementCounter.class, LateralHipProbe.class);
    }

    @EJB
    private ProgressLog log;

    @EJB
    private ProgressReview review;

    @EJB
    private ProgramAssignments assignments;

    @EJB
    private LateralHipProbe lateralHip;

    @EJB
    private PatientRegistry registry;

    @EJB
    private TenancyProbe probe;

    @EJB
    private CaseloadProbe caseloadProbe;

    @EJB
    private StatementCounter statements;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @Inject
    private ScriptedCaller caller;

    @Inject
    private ScriptedLanguage language;

    private String family;
    private long runner;
    private String account;

    @BeforeEach
    void aRunnerWithAProgram() throws Exception {
        caller.actFor("northside");
        family = "Progress" + UUID.randomUUID().toString().substring(0, 8);
        runner = register(family);
        account = UUID.randomUUID().toString();
        link(runner, account);
        assign(runner);
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
        language.forget();
    }

    @Test
    void aPatientReadingInGermanReportsTheSessionUnderTheGermanNames() throws Exception {
        asRunner();
        language.readIn(Language.GERMAN);
        List<String> names = patient.call(() -> log.sessionForm(today())).getLines().stream()
                .map(SessionForm.Line::getName)
                .toList();
        assertTrue(names.contains("Gesäßbrücke"), names.toString());
        assertFalse(names.contains("Glute bridge"), names.toString());
    }

    @Test
    void aSessionReportedTwiceIsOneLogAndTheSecondCorrectsIt() throws Exception {
        asRunner();
        SessionForm form = patient.call(() -> log.sessionForm(today()));
        assertFalse(form.getLines().isEmpty(), "the program has exercises due on its first day");
        form.getLines().forEach(line -> line.setSetsDone(line.getSetsPrescribed()));
        form.setPainDuring(3);
        form.setPainAfter(4);
        patient.call(() -> {
            log.logSession(form);
            return null;
        });
        form.setPainAfter(2);
        patient.call(() -> {
            log.logSession(form);
            return null;
        });

        SessionForm again = patient.call(() -> log.sessionForm(today()));
        assertTrue(again.isCorrection());
        assertEquals(2, again.getPainAfter());
        List<PainPoint> pains = patient.call(() -> log.progress()).pains();
        assertEquals(1, pains.size(), "one log for the day");
        assertEquals(100, patient.call(() -> log.progress()).adherence7Days());
    }

    @Test
    void exercisesThatAreNotDueDoNotCountForAdherence() throws Exception {
        asRunner();
        SessionForm form = patient.call(() -> log.sessionForm(today()));
        form.getLines().forEach(line -> line.setSetsDone(0));
        form.getLines().add(new SessionForm.Line(999_999L, "Crafted", 3, 3));
        form.setPainDuring(1);
        form.setPainAfter(1);
        patient.call(() -> {
            log.logSession(form);
            return null;
        });
        assertEquals(0, patient.call(() -> log.progress()).adherence7Days());
    }

    @Test
    void aRunFormSentTwiceIsStoredOnce() throws Exception {
        asRunner();
        RunForm form = run(today(), "5");
        patient.call(() -> log.logRun(form));
        patient.call(() -> log.logRun(form));
        assertEquals(1, patient.call(() -> log.progress()).pains().size());
    }

    @Test
    void aRunOverTheTenPercentRuleRaisesARampAlertThatTheTherapistAcknowledges() throws Exception {
        asRunner();
        LocalDate lastWeek = WeeklyDistance.weekOf(today()).minusWeeks(1);
        patient.call(() -> log.logRun(run(lastWeek, "10")));
        assertEquals(List.of(), patient.call(() -> log.logRun(run(today(), "11"))), "exactly 10 % more");
        assertEquals(List.of(AlertKind.RAMP), patient.call(() -> log.logRun(run(today(), "0.5"))));
        assertEquals(List.of(), patient.call(() -> log.logRun(run(today(), "1"))), "one open alert of a kind");

        caller.actFor("northside");
        CaseloadRow row = onCaseload();
        assertEquals(List.of(AlertKind.RAMP), row.alerts());
        AlertView alert = therapist.call(() -> review.progress(runner)).alerts().get(0);
        assertEquals(
                today(),
                therapist.call(() -> review.newMeasure(runner)).getTakenOn(),
                "measures are taken today, in the clinic's calendar");
        assertTrue(alert.open());
        therapist.call(() -> {
            review.acknowledge(AlertKind.RAMP, alert.id(), alert.version(), "Talked it through: hold 11 km next week.");
            return null;
        });
        assertEquals(List.of(), onCaseload().alerts());
        AlertView history =
                therapist.call(() -> review.progress(runner)).alerts().get(0);
        assertFalse(history.open());
        assertEquals("test-northside", history.acknowledgedBy());
        assertEquals("Talked it through: hold 11 km next week.", history.note());
    }

    @Test
    void aRedFlagFromHomeAlertsTheTherapistAtOnceAndStopsProgramChanges() throws Exception {
        asRunner();
        assertFalse(patient.call(() -> log.reportSymptoms(Set.of())));
        assertTrue(patient.call(() -> log.reportSymptoms(Set.of(RedFlag.NIGHT_PAIN))));

        caller.actFor("northside");
        assertEquals(List.of(AlertKind.RED_FLAG), onCaseload().alerts());
        AlertView flag = therapist.call(() -> review.progress(runner)).alerts().get(0);
        assertEquals(AlertKind.RED_FLAG, flag.kind());
        assertEquals(
                List.of(RedFlag.NIGHT_PAIN), flag.redFlags(), "its words are the page's, in the reader's language");
        ProgramForm change = therapist.call(() -> assignments.draft(runner, DistanceUnit.KILOMETRES));
        assertThrows(ProgramRefusedException.class, () -> therapist.call(() -> assignments.assign(runner, change)));

        asRunner();
        assertTrue(patient.call(() -> log.reportSymptoms(Set.of(RedFlag.NIGHT_PAIN))), "sent twice");
        assertTrue(patient.call(() -> log.reportSymptoms(Set.of(RedFlag.SHARP_STABBING_PAIN))));
        caller.actFor("northside");
        List<AlertView> flags = therapist.call(() -> review.progress(runner)).alerts().stream()
                .filter(alert -> alert.kind() == AlertKind.RED_FLAG)
                .toList();
        assertEquals(1, flags.size(), "reports while one is open join it");
        assertEquals(
                List.of(RedFlag.NIGHT_PAIN, RedFlag.SHARP_STABBING_PAIN),
                flags.get(0).redFlags());
    }

    @Test
    void aRedFlagReportedFromHomeWhileTheTherapistAcknowledgesTheOpenOneIsKeptAsANewAlert() throws Exception {
        AlertView flag = redFlagFromHome();
        assertTrue(whileAcknowledging(flag, () -> {
            asRunner();
            return patient.call(() -> log.reportSymptoms(Set.of(RedFlag.NIGHT_PAIN)));
        }));

        caller.actFor("northside");
        List<AlertView> flags = therapist.call(() -> review.progress(runner)).alerts();
        assertEquals(
                List.of(List.of(RedFlag.NIGHT_PAIN)),
                flags.stream().filter(AlertView::open).map(AlertView::redFlags).toList(),
                "the new report awaits the therapist");
        assertEquals(
                List.of(FIRST_NOTE),
                flags.stream()
                        .filter(alert -> !alert.open())
                        .map(AlertView::note)
                        .toList());
        assertEquals(List.of(AlertKind.RED_FLAG), onCaseload().alerts());
    }

    @Test
    void twoTherapistsAcknowledgingTheSameAlertAtOnceKeepTheFirstNoteAndTellTheSecond() throws Exception {
        AlertView flag = redFlagFromHome();
        assertThrows(
                ConcurrentChangeException.class,
                () -> whileAcknowledging(flag, () -> {
                    caller.actFor("northside");
                    return therapist.call(() -> {
                        review.acknowledge(AlertKind.RED_FLAG, flag.id(), flag.version(), "Sent to A&E");
                        return null;
                    });
                }));

        AlertView acknowledged =
                therapist.call(() -> review.progress(runner)).alerts().get(0);
        assertFalse(acknowledged.open());
        assertEquals(FIRST_NOTE, acknowledged.note());
    }

    @Test
    void aRedFlagFromHomeNeedsANoteAndThenNoLongerBlocksTheProgram() throws Exception {
        asRunner();
        patient.call(() -> log.reportSymptoms(Set.of(RedFlag.CANNOT_BEAR_WEIGHT)));
        caller.actFor("northside");
        AlertView flag = therapist.call(() -> review.progress(runner)).alerts().get(0);

        assertInvalid(() -> therapist.call(() -> {
            review.acknowledge(AlertKind.RED_FLAG, flag.id(), flag.version(), null);
            return null;
        }));
        therapist.call(() -> {
            review.acknowledge(AlertKind.RED_FLAG, flag.id(), flag.version(), "Sent to A&E for an X-ray");
            return null;
        });

        AlertView acknowledged = therapist.call(() -> review.progress(runner)).alerts().stream()
                .filter(alert -> alert.id() == flag.id() && alert.kind() == AlertKind.RED_FLAG)
                .findFirst()
                .orElseThrow();
        assertFalse(acknowledged.open());
        assertEquals("Sent to A&E for an X-ray", acknowledged.note());
        assertEquals(List.of(), onCaseload().alerts());
    }

    @Test
    void outcomeMeasuresAreScoredJudgedAndAskedForOnSchedule() throws Exception {
        therapist.call(() -> {
            review.scheduleOutcomes(runner, 2, false);
            return null;
        });
        asRunner();
        assertTrue(patient.call(() -> log.progress()).isMeasureDue(), "never measured: due now");
        assertTrue(patient.call(() -> log.isQuestionnaireDue()), "the home page asks for it too");
        patient.call(() -> {
            log.recordMeasure(measure(today().minusDays(1), 2, 5));
            return null;
        });
        patient.call(() -> {
            log.recordMeasure(measure(today(), 3, 2));
            return null;
        });
        ProgressView progress = patient.call(() -> log.progress());
        assertEquals(
                List.of(40, 60),
                progress.measures().stream().map(MeasurePoint::lefs).toList());
        assertEquals(ChangeJudgement.MEANINGFUL_IMPROVEMENT, progress.lefsChange());
        assertEquals(ChangeJudgement.MEANINGFUL_IMPROVEMENT, progress.painChange());
        assertEquals(today().plusWeeks(2), progress.measureDueOn());
        assertFalse(progress.isMeasureDue());
        assertFalse(patient.call(() -> log.isQuestionnaireDue()));
        assertEquals(List.of(), progress.alerts(), "alerts are the therapist's");
    }

    @Test
    void hoos12IsAskedBesideLefsWhenTheSchedulePicksItAndChartedPerScale() throws Exception {
        asRunner();
        assertFalse(patient.call(() -> log.newQuestionnaire()).isWithHoos(), "LEFS alone by default");
        caller.actFor("northside");
        therapist.call(() -> {
            review.scheduleOutcomes(runner, 2, true);
            return null;
        });
        assertTrue(therapist.call(() -> review.newMeasure(runner)).isWithHoos(), "the visit form asks it too");
        assertTrue(therapist.call(() -> review.progress(runner)).measureWithHoos12());

        asRunner();
        MeasureForm form = patient.call(() -> log.newQuestionnaire());
        assertTrue(form.isWithHoos());
        assertEquals(today(), form.getTakenOn());
        fill(form, 3, 2);
        form.setHoos(Arrays.asList(1, 1, 2, null, 0, 0, 1, 1, 2, 2, 1, 3));
        patient.call(() -> {
            log.recordMeasure(form);
            return null;
        });
        MeasurePoint taken = patient.call(() -> log.progress()).measures().get(0);
        assertEquals(60, taken.lefs());
        assertEquals(67, taken.hoosPain(), "100 - 4/3 x 25: the item left out is not counted");
        assertEquals(88, taken.hoosFunction());
        assertEquals(50, taken.hoosQualityOfLife());
        assertTrue(patient.call(() -> log.progress()).isHoos12Taken());

        MeasureForm onePainAnswer = patient.call(() -> log.newQuestionnaire());
        fill(onePainAnswer, 3, 2);
        onePainAnswer.setHoos(Arrays.asList(1, null, null, null, 0, 0, 1, 1, 2, 2, 1, 3));
        assertInvalid(() -> patient.call(() -> {
            log.recordMeasure(onePainAnswer);
            return null;
        }));
        assertEquals(1, patient.call(() -> log.progress()).measures().size(), "nothing stored unscored");

        caller.actFor("northside");
        therapist.call(() -> {
            review.scheduleOutcomes(runner, 2, false);
            return null;
        });
        asRunner();
        assertFalse(patient.call(() -> log.newQuestionnaire()).isWithHoos(), "the therapist took it out again");
    }

    @Test
    void badReportsAreRefusedWithTheirReasons() throws Exception {
        asRunner();
        RunForm painEleven = run(today(), "5");
        painEleven.setPainAfter(11);
        assertInvalid(() -> patient.call(() -> log.logRun(painEleven)));
        RunForm noDistance = run(today(), "0");
        assertInvalid(() -> patient.call(() -> log.logRun(noDistance)));
        RunForm tomorrow = run(today().plusDays(2), "5");
        assertInvalid(() -> patient.call(() -> log.logRun(tomorrow)));
        RunForm soreBothWays = run(today(), "5");
        soreBothWays.setSorenessHours(30);
        soreBothWays.setStillSore(true);
        assertInvalid(() -> patient.call(() -> log.logRun(soreBothWays)));
        assertThrows(ProgressRefusedException.class, () -> patient.call(() -> log.sessionForm(today().minusDays(30))));
        MeasureForm itemFive = measure(today(), 5, 2);
        assertInvalid(() -> patient.call(() -> {
            log.recordMeasure(itemFive);
            return null;
        }));
    }

    @Test
    void aShoeHasRunWhatItHadWhenAddedAndTheRunsLoggedInIt() throws Exception {
        asRunner();
        long trainers = patient.call(() -> log.addShoe(shoe("Trainers", "100")));
        patient.call(() -> log.addShoe(shoe("Racers", "0")));
        patient.call(() -> log.logRun(run(today().minusDays(2), "7.5", trainers)));
        patient.call(() -> log.logRun(run(today().minusDays(1), "3", null)));
        patient.call(() -> log.logRun(run(today(), "5", trainers)));

        Map<String, Distance> expected =
                Map.of("Trainers", Distance.ofKilometres("112.5"), "Racers", Distance.ofKilometres("0"));
        assertEquals(expected, distances(patient.call(() -> log.shoes())), "on the run form");
        assertEquals(expected, distances(patient.call(() -> log.progress()).shoes()), "on the patient's progress");
        caller.actFor("northside");
        assertEquals(
                expected,
                distances(therapist.call(() -> review.progress(runner)).shoes()),
                "on the therapist's view");
    }

    @Test
    void aPatientReportsOnlyForThemselves() throws Exception {
        long other = register("Other" + family);
        String othersAccount = UUID.randomUUID().toString();
        link(other, othersAccount);
        assign(other);
        caller.actFor("northside", othersAccount);
        patient.call(() -> log.logRun(run(today(), "7")));
        patient.call(() -> log.reportSymptoms(Set.of(RedFlag.CANNOT_BEAR_WEIGHT)));

        asRunner();
        ProgressView mine = patient.call(() -> log.progress());
        assertEquals(runner, mine.patientId());
        assertEquals(List.of(), mine.pains(), "the other patient's run is not on this record");
        caller.actFor("northside");
        assertEquals(List.of(), onCaseload().alerts(), "nor their red flag");
    }

    @Test
    void anotherClinicSeesNothingAndChangesNothing() throws Exception {
        asRunner();
        patient.call(() -> log.logRun(run(WeeklyDistance.weekOf(today()).minusWeeks(1), "5")));
        patient.call(() -> log.logRun(run(today(), "9")));
        caller.actFor("northside");
        AlertView alert = therapist.call(() -> review.progress(runner)).alerts().get(0);

        caller.actFor("harbor");
        assertThrows(PatientNotFoundException.class, () -> therapist.call(() -> review.progress(runner)));
        assertThrows(
                AlertNotFoundException.class,
                () -> therapist.call(() -> {
                    review.acknowledge(AlertKind.RAMP, alert.id(), alert.version(), "not mine");
                    return null;
                }));
        assertThrows(
                PatientNotFoundException.class,
                () -> therapist.call(() -> {
                    review.scheduleOutcomes(runner, 4, true);
                    return null;
                }));
        assertThrows(PatientNotFoundException.class, () -> therapist.call(() -> review.newMeasure(runner)));
        CaseloadFilter everyone = new CaseloadFilter();
        everyone.setEveryone(true);
        everyone.setName(family);
        assertEquals(0, therapist.call(() -> review.caseloadCount(everyone)));

        caller.actFor("harbor", account);
        Exception refused = assertThrows(Exception.class, () -> patient.call(() -> log.progress()));
        assertTrue(
                causes(refused).stream().anyMatch(IllegalStateException.class::isInstance),
                "the account has no record in this clinic: " + refused);
    }

    @Test
    void theCaseloadTakesAsManyStatementsForFiveHundredPatientsAsForTen() throws Exception {
        String ten = "Ten" + UUID.randomUUID().toString().substring(0, 6);
        String fiveHundred = "Five" + UUID.randomUUID().toString().substring(0, 6);
        therapist.call(() -> {
            caseloadProbe.addPatients("northside", ten, 10, today());
            caseloadProbe.addPatients("northside", fiveHundred, 500, today());
            return null;
        });
        int forTen = statementsForCaseload(ten);
        int forFiveHundred = statementsForCaseload(fiveHundred);
        assertTrue(forTen > 0, "the counter sees statements");
        assertEquals(forTen, forFiveHundred, "statements for 10 and for 500 patients");

        CaseloadFilter filter = filter(fiveHundred);
        assertEquals(500, therapist.call(() -> review.caseloadCount(filter)));
        List<CaseloadRow> page = therapist.call(() -> review.caseload(filter, CaseloadOrder.NAME, true, 20, 20));
        assertEquals(20, page.size());
        CaseloadRow row = page.get(0);
        assertEquals(fiveHundred + "0021", row.familyName());
        assertEquals(38, row.adherence7Days(), "2 of 3 due done on 4 of 7 days: 8 / 21");
        assertEquals(3, row.latestPain(), "today's session, after yesterday's run");
        assertEquals(40, row.latestLefs());
        assertEquals(-14, row.lefsChange());
        assertEquals(List.of(AlertKind.RAMP), row.alerts());
    }

    @Test
    void patientsAndTherapistsKeepToTheirOwnSide() throws Exception {
        CaseloadFilter everyone = filter(family);
        assertRefused(() -> patient.call(() -> review.caseloadCount(everyone)));
        assertRefused(() -> patient.call(() -> review.caseload(everyone, CaseloadOrder.NAME, true, 0, 10)));
        assertRefused(() -> patient.call(() -> review.progress(runner)));
        assertRefused(() -> patient.call(() -> review.newMeasure(runner)));
        assertRefused(() -> patient.call(() -> {
            review.acknowledge(AlertKind.RAMP, 1, 0, null);
            return null;
        }));
        assertRefused(() -> therapist.call(() -> log.progress()));
        assertRefused(() -> therapist.call(() -> log.logRun(run(today(), "5"))));
        assertRefused(() -> therapist.call(() -> log.reportSymptoms(Set.of(RedFlag.NIGHT_PAIN))));
        Caller nobody = Callable::call;
        assertRefused(() -> nobody.call(() -> log.progress()));
        assertRefused(() -> nobody.call(() -> review.caseloadCount(everyone)));
        assertRefused(() -> nobody.call(() -> review.progress(runner)));
        assertRefused(() -> nobody.call(() -> review.newMeasure(runner)));
        assertRefused(() -> nobody.call(() -> log.newQuestionnaire()));
        assertRefused(() -> therapist.call(() -> log.newQuestionnaire()));
    }

    private int statementsForCaseload(String familyPrefix) throws Exception {
        CaseloadFilter filter = filter(familyPrefix);
        return statements.count(() -> therapist.call(() -> {
            review.caseloadCount(filter);
            return review.caseload(filter, CaseloadOrder.ADHERENCE_7, false, 0, 20);
        }));
    }

    private static CaseloadFilter filter(String familyPrefix) {
        CaseloadFilter filter = new CaseloadFilter();
        filter.setEveryone(true);
        filter.setName(familyPrefix);
        return filter;
    }

    private CaseloadRow onCaseload() throws Exception {
        return therapist
                .call(() -> review.caseload(filter(family), CaseloadOrder.NAME, true, 0, 10))
                .get(0);
    }

    /** The red flag the runner reports from home, as the therapist then sees it. */
    private AlertView redFlagFromHome() throws Exception {
        asRunner();
        patient.call(() -> log.reportSymptoms(Set.of(RedFlag.CANNOT_BEAR_WEIGHT)));
        caller.actFor("northside");
        return therapist.call(() -> review.progress(runner)).alerts().get(0);
    }

    /** Runs {@code meanwhile} while a therapist has acknowledged the alert and not yet committed; answers its answer. */
    private <T> T whileAcknowledging(AlertView flag, Callable<T> meanwhile) throws Exception {
        AtOnce race = new AtOnce();
        return race.run(
                probe,
                () -> {
                    caller.actFor("northside");
                    return therapist.call(() -> {
                        review.acknowledge(AlertKind.RED_FLAG, flag.id(), flag.version(), FIRST_NOTE);
                        race.holdOpen();
                        return null;
                    });
                },
                meanwhile);
    }

    private void asRunner() {
        caller.actFor("northside", account);
    }

    private static LocalDate today() {
        return LocalDate.now(NORTHSIDE);
    }

    private static Map<String, Distance> distances(List<ShoeView> shoes) {
        return shoes.stream().collect(Collectors.toMap(ShoeView::name, ShoeView::distance));
    }

    private static ShoeForm shoe(String name, String kilometresSoFar) {
        ShoeForm form = new ShoeForm();
        form.setName(name);
        form.setType(ShoeType.ROAD);
        form.setDistanceUnit(DistanceUnit.KILOMETRES);
        form.setDistanceSoFar(new BigDecimal(kilometresSoFar));
        return form;
    }

    private static RunForm run(LocalDate day, String km, Long shoe) {
        RunForm form = run(day, km);
        form.setShoeId(shoe);
        return form;
    }

    private static RunForm run(LocalDate day, String km) {
        RunForm form = new RunForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDistanceUnit(DistanceUnit.KILOMETRES);
        form.setDay(day);
        form.setDistance(new BigDecimal(km));
        form.setDurationMinutes(30);
        form.setPainDuring(1);
        form.setPainAfter(2);
        return form;
    }

    private static MeasureForm measure(LocalDate day, int everyItem, int pain) {
        MeasureForm form = new MeasureForm();
        form.setTakenOn(day);
        fill(form, everyItem, pain);
        return form;
    }

    private static void fill(MeasureForm form, int everyLefsItem, int pain) {
        form.setLefs(new ArrayList<>(Collections.nCopies(20, everyLefsItem)));
        form.setPain(pain);
    }

    private long register(String familyName) throws Exception {
        PatientDetails details = new PatientDetails();
        details.setGivenName("Rae");
        details.setFamilyName(familyName);
        details.setDateOfBirth(LocalDate.of(1988, 3, 3));
        return therapist.call(() -> registry.register(details));
    }

    private void link(long patientId, String portalAccount) throws Exception {
        therapist.call(() -> {
            probe.nativeLinkPortalAccount(patientId, portalAccount);
            return null;
        });
    }

    private void assign(long patientId) throws Exception {
        therapist.call(() -> {
            lateralHip.assign(patientId, today());
            return null;
        });
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
