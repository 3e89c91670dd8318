package org.clinicportal.intake;

import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.Runners;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.Refusals.Caller;
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
 * Intakes in Payara against PostgreSQL: the red-flag alert, signing and addenda, validation and
 * concurrent edits; and every method refused to another clinic's therapist, patients and anonymous callers.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeServiceIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(IntakeFormValues.class);
    }

    @EJB
    private IntakeService intakes;

    @EJB
    private PatientRegistry registry;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @Inject
    private ScriptedCaller caller;

    private long patientId;
    private long intakeId;

    @BeforeEach
    void aDraftIntake() throws Exception {
        caller.actFor("northside");
        PatientDetails details = Runners.details("Ines", "Intake", LocalDate.of(1992, 8, 1));
        patientId = therapist.call(() -> registry.register(details));
        intakeId = therapist.call(() -> intakes.start(patientId));
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    private IntakeView open() throws Exception {
        return therapist.call(() -> intakes.open(intakeId));
    }

    private IntakeView save(IntakeView view, IntakeForm form) throws Exception {
        return therapist.call(() -> intakes.save(intakeId, view.version(), form));
    }

    /** Answers every red-flag question no, except the given ones yes. */
    private static void answerNoExcept(IntakeForm form, RedFlag... present) {
        for (RedFlag flag : RedFlag.values()) {
            form.getRedFlags().put(flag.name(), false);
        }
        for (RedFlag flag : present) {
            form.getRedFlags().put(flag.name(), true);
        }
    }

    /**
     * Every field of every section, each holding a value no other field of its type holds, comes back from the service
     * where it was put; three passes, so that any two yes/no fields differ in one of them.
     */
    @Test
    void everyFieldOfTheIntakeComesBackWhereItWasPut() throws Exception {
        for (int pass = 0; pass < 3; pass++) {
            IntakeView view = open();
            Map<String, Object> filled = IntakeFormValues.fill(view.form(), Map.of(), pass);
            save(view, view.form());
            assertEquals(filled, IntakeFormValues.read(open().form()), "pass " + pass);
        }
        assertTrue(IntakeFormValues.read(open().form()).size() > 60, "the sections were walked");
    }

    /** The follow-up comparison shows each test of each visit in its own row, side and column. */
    @Test
    void theFollowUpComparisonShowsEveryMeasureOfBothVisitsWhereItBelongs() throws Exception {
        IntakeView first = open();
        Map<String, Object> firstValues = IntakeFormValues.fill(first.form(), Map.of(), 0);
        first.form().setVisitDate(LocalDate.now().minusDays(30));
        IntakeView savedFirst = save(first, first.form());
        therapist.call(() -> intakes.sign(intakeId, savedFirst.version()));
        long followUpId = therapist.call(() -> intakes.startFollowUp(patientId));
        IntakeView latest = therapist.call(() -> intakes.open(followUpId));
        Map<String, Object> latestValues = IntakeFormValues.fill(latest.form(), firstValues, 1);
        IntakeView savedLatest = therapist.call(() -> intakes.save(followUpId, latest.version(), latest.form()));
        therapist.call(() -> intakes.sign(followUpId, savedLatest.version()));

        VisitComparison comparison =
                therapist.call(() -> intakes.visits(patientId)).comparison();
        for (VisitComparison.Row row : comparison.rows()) {
            String path = row.bilateral() ? "objective." + row.measure() + "." : pathOf(firstValues, row.measure());
            String left = row.bilateral() ? path + "left" : path;
            assertEquals(shown(firstValues.get(left)), row.firstLeft(), row.measure() + ", first visit");
            assertEquals(shown(latestValues.get(left)), row.latestLeft(), row.measure() + ", latest visit");
            if (row.bilateral()) {
                assertEquals(
                        shown(firstValues.get(path + "right")), row.firstRight(), row.measure() + ", first, right");
                assertEquals(
                        shown(latestValues.get(path + "right")), row.latestRight(), row.measure() + ", latest, right");
            }
            if (row.scale() == VisitComparison.Scale.NUMBER) {
                assertNotEquals(row.firstLeft(), row.latestLeft(), row.measure() + ": the two visits differ here");
            }
        }
        assertEquals(16, comparison.rows().size(), "three pains, twelve tests, cadence");
    }

    private static String pathOf(Map<String, Object> values, String measure) {
        return values.keySet().stream()
                .filter(path -> path.endsWith("." + measure))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field for the row " + measure));
    }

    /** A value as a comparison row shows it. */
    private static String shown(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean positive) {
            return positive ? "POSITIVE" : "NEGATIVE";
        }
        return value instanceof Enum<?> code ? code.name() : value.toString();
    }

    @Test
    void aDraftIsSavedAndReadBackWithTheRulesApplied() throws Exception {
        IntakeView view = open();
        IntakeForm form = view.form();
        form.getSubjective().setPainLocations(new PainLocation[] {PainLocation.LATERAL_HIP});
        form.getSubjective().setAggravating(new AggravatingActivity[] {AggravatingActivity.LYING_ON_AFFECTED_SIDE});
        form.getSubjective().setPainAfterRun(6);
        form.getSubjective().setWeeklyDistanceFourWeeksAgo(new BigDecimal("10"));
        form.getSubjective().setWeeklyDistanceNow(new BigDecimal("20"));
        form.setPrimaryHypothesis(Condition.TROCHANTERIC_BURSITIS);
        form.setOtherHypotheses(new Condition[] {Condition.LATERAL_HIP_OVERLOAD});

        IntakeView saved = save(view, form);

        assertEquals(6, open().form().getSubjective().getPainAfterRun());
        assertEquals(new BigDecimal("100.0"), saved.rampPercent());
        assertTrue(saved.rampTooFast());
        assertTrue(saved.suggestions().contains(Condition.TROCHANTERIC_BURSITIS));
        assertEquals(
                List.of(Condition.TROCHANTERIC_BURSITIS, Condition.LATERAL_HIP_OVERLOAD),
                therapist.call(() -> intakes.visits(patientId)).intakes().get(0).hypotheses());
    }

    @Test
    void aRedFlagRaisesAnAlertThatOnlyANoteCloses() throws Exception {
        IntakeView view = open();
        answerNoExcept(view.form(), RedFlag.NIGHT_PAIN);
        save(view, view.form());

        assertTrue(therapist.call(() -> intakes.hasOpenReferral(patientId)));
        long awaiting = therapist.call(() -> intakes.patientsAwaitingReferral());
        assertTrue(awaiting >= 1);
        ReferralView alert = therapist.call(() -> intakes.referrals(patientId)).get(0);
        assertEquals(List.of(RedFlag.NIGHT_PAIN), alert.redFlags());

        assertInvalid(() -> therapist.call(() -> {
            intakes.acknowledgeReferral(alert.id(), alert.version(), " ");
            return null;
        }));
        therapist.call(() -> {
            intakes.acknowledgeReferral(alert.id(), alert.version(), "Referred to sports physician on 21 Nov");
            return null;
        });

        assertFalse(therapist.call(() -> intakes.hasOpenReferral(patientId)));
        assertEquals(awaiting - 1, therapist.call(() -> intakes.patientsAwaitingReferral()));
        ReferralView closed = therapist.call(() -> intakes.referrals(patientId)).get(0);
        assertEquals("test-northside", closed.acknowledgedBy());
        assertEquals("Referred to sports physician on 21 Nov", closed.note());
    }

    @Test
    void anAcknowledgedRedFlagStaysAcknowledgedUntilAnAnswerTurnsYes() throws Exception {
        IntakeView view = open();
        answerNoExcept(view.form(), RedFlag.NIGHT_PAIN);
        IntakeView flagged = save(view, view.form());
        ReferralView alert = flagged.referrals().get(0);
        therapist.call(() -> {
            intakes.acknowledgeReferral(alert.id(), alert.version(), "Seen by her GP on 2 Nov: mechanical pain");
            return null;
        });

        IntakeView reopened = open();
        IntakeView savedAgain = save(reopened, reopened.form());
        IntakeView signed = therapist.call(
                () -> intakes.sign(intakeId, save(savedAgain, savedAgain.form()).version()));

        assertFalse(therapist.call(() -> intakes.hasOpenReferral(patientId)), "saving and signing raise nothing again");
        assertEquals(1, signed.referrals().size());

        long secondId = therapist.call(() -> intakes.startFollowUp(patientId));
        IntakeView second = therapist.call(() -> intakes.open(secondId));
        answerNoExcept(second.form(), RedFlag.NIGHT_PAIN, RedFlag.SEVERE_OR_WITH_WEIGHT_LOSS);
        IntakeView changed = therapist.call(() -> intakes.save(secondId, second.version(), second.form()));
        List<ReferralView> open =
                changed.referrals().stream().filter(ReferralView::open).toList();
        assertEquals(1, open.size(), "an answer turned yes raises one new alert");
        assertEquals(
                List.of(RedFlag.SEVERE_OR_WITH_WEIGHT_LOSS),
                open.get(0).redFlags(),
                "the follow-up starts from the last answers: night pain was acknowledged already");
    }

    @Test
    void onlyAnAnswerThatTurnsYesRaisesANewAlert() throws Exception {
        IntakeView view = open();
        answerNoExcept(view.form(), RedFlag.NIGHT_PAIN);
        ReferralView alert = save(view, view.form()).referrals().get(0);
        therapist.call(() -> {
            intakes.acknowledgeReferral(alert.id(), alert.version(), "Referred on 2 Nov");
            return null;
        });
        IntakeView acknowledged = open();
        answerNoExcept(acknowledged.form(), RedFlag.NIGHT_PAIN, RedFlag.HOT_SWOLLEN_OR_FEVER);
        IntakeView another = save(acknowledged, acknowledged.form());
        List<ReferralView> open =
                another.referrals().stream().filter(ReferralView::open).toList();
        assertEquals(
                List.of(RedFlag.HOT_SWOLLEN_OR_FEVER), open.get(0).redFlags(), "only the answer that changed is new");

        answerNoExcept(another.form());
        IntakeView cleared = save(another, another.form());
        assertEquals(
                List.of(RedFlag.HOT_SWOLLEN_OR_FEVER),
                cleared.referrals().stream()
                        .filter(ReferralView::open)
                        .findFirst()
                        .orElseThrow()
                        .redFlags(),
                "an open alert is closed by a note, not by a changed answer");
    }

    @Test
    void signingNeedsEveryRedFlagAnsweredAndMakesTheIntakeReadOnly() throws Exception {
        IntakeView view = open();
        view.form().getRedFlags().put(RedFlag.CANNOT_BEAR_WEIGHT.name(), false);
        IntakeView partly = save(view, view.form());

        IntakeRefusedException refused = assertThrows(
                IntakeRefusedException.class, () -> therapist.call(() -> intakes.sign(intakeId, partly.version())));
        assertEquals("refused.intake.sign.RED_FLAGS_UNANSWERED", refused.key());

        answerNoExcept(partly.form());
        IntakeView complete = save(partly, partly.form());
        IntakeView signed = therapist.call(() -> intakes.sign(intakeId, complete.version()));
        assertTrue(signed.signed());
        assertEquals("test-northside", signed.signedBy());

        signed.form().getSubjective().setPainAtRest(1);
        assertThrows(IntakeRefusedException.class, () -> save(signed, signed.form()));
        IntakeView withAddendum = therapist.call(() -> intakes.addAddendum(intakeId, "Pain at rest was 1, not 0."));
        assertEquals("Pain at rest was 1, not 0.", withAddendum.addenda().get(0).text());
        assertEquals(null, open().form().getSubjective().getPainAtRest(), "the signed record itself is unchanged");
    }

    @Test
    void aFollowUpNeedsASignedIntakeAndIsComparedWithIt() throws Exception {
        assertThrows(IntakeRefusedException.class, () -> therapist.call(() -> intakes.startFollowUp(patientId)));

        IntakeView view = open();
        answerNoExcept(view.form());
        view.form().getSubjective().setPainAfterRun(6);
        view.form().getGait().setCadence(158);
        IntakeView saved = save(view, view.form());
        therapist.call(() -> intakes.sign(intakeId, saved.version()));
        assertNull(
                therapist.call(() -> intakes.visits(patientId)).comparison(), "one visit has nothing to compare with");

        long followUpId = therapist.call(() -> intakes.startFollowUp(patientId));
        IntakeView followUp = therapist.call(() -> intakes.open(followUpId));
        assertEquals(VisitKind.FOLLOW_UP, followUp.kind());
        answerNoExcept(followUp.form());
        followUp.form().getSubjective().setPainAfterRun(2);
        followUp.form().getGait().setCadence(166);
        IntakeView savedFollowUp = therapist.call(() -> intakes.save(followUpId, followUp.version(), followUp.form()));
        therapist.call(() -> intakes.sign(followUpId, savedFollowUp.version()));

        PatientVisits visits = therapist.call(() -> intakes.visits(patientId));
        assertEquals(
                List.of(followUpId, intakeId),
                visits.intakes().stream().map(IntakeSummary::id).toList(),
                "newest first");
        VisitComparison comparison = visits.comparison();
        assertEquals(intakeId, comparison.first().id());
        assertEquals(followUpId, comparison.latest().id());
        VisitComparison.Row pain = comparison.rows().stream()
                .filter(r -> r.measure().equals("painAfterRun"))
                .findFirst()
                .orElseThrow();
        assertEquals("6", pain.firstLeft());
        assertEquals("2", pain.latestLeft());
        caller.actFor("harbor");
        PatientVisits elsewhere = therapist.call(() -> intakes.visits(patientId));
        assertTrue(elsewhere.intakes().isEmpty(), "another clinic sees nothing");
        assertNull(elsewhere.comparison());
        assertThrows(Exception.class, () -> therapist.call(() -> intakes.startFollowUp(patientId)));
    }

    @Test
    void aDraftTakesNoAddendum() {
        assertThrows(
                IntakeRefusedException.class, () -> therapist.call(() -> intakes.addAddendum(intakeId, "Too early")));
    }

    @Test
    void theServiceRefusesWhatTheFormRefuses() throws Exception {
        IntakeView view = open();
        IntakeForm form = view.form();
        form.getSubjective().setPainDuringRun(11);
        assertInvalid(() -> save(view, form));

        IntakeForm negative = open().form();
        negative.getSubjective().setWeeklyDistanceNow(new BigDecimal("-5"));
        assertInvalid(() -> save(view, negative));

        IntakeForm future = open().form();
        future.setVisitDate(LocalDate.now().plusDays(2));
        assertInvalid(() -> save(view, future));

        IntakeForm longText = open().form();
        longText.setClinicalReasoning("x".repeat(4001));
        assertInvalid(() -> save(view, longText));
    }

    @Test
    void aSecondSaveFromAStaleFormIsRefused() throws Exception {
        IntakeView openedByBoth = open();
        IntakeForm first = openedByBoth.form();
        first.getSubjective().setPainAtRest(2);
        save(openedByBoth, first);

        IntakeForm second = open().form();
        second.getSubjective().setPainAtRest(7);
        ConcurrentChangeException refused =
                assertThrows(ConcurrentChangeException.class, () -> save(openedByBoth, second));
        assertEquals("refused.concurrentChange", refused.key());
        assertEquals(2, open().form().getSubjective().getPainAtRest());
    }

    @Test
    void aTherapistOfAnotherClinicFindsNothing() throws Exception {
        IntakeView view = open();
        caller.actFor("harbor");

        assertThrows(IntakeNotFoundException.class, () -> therapist.call(() -> intakes.open(intakeId)));
        assertThrows(IntakeNotFoundException.class, () -> save(view, view.form()));
        assertThrows(IntakeNotFoundException.class, () -> therapist.call(() -> intakes.sign(intakeId, view.version())));
        assertThrows(IntakeNotFoundException.class, () -> therapist.call(() -> intakes.addAddendum(intakeId, "x")));
        assertThrows(Exception.class, () -> therapist.call(() -> intakes.start(patientId)));
        assertTrue(therapist.call(() -> intakes.visits(patientId)).intakes().isEmpty());
        assertTrue(therapist.call(() -> intakes.referrals(patientId)).isEmpty());
    }

    @Test
    void aPatientAndAnAnonymousCallerAreRefusedEveryMethod() throws Exception {
        IntakeView view = open();
        for (Caller who : List.<Caller>of(work -> patient.call(work), Callable::call)) {
            assertRefused(() -> who.call(() -> intakes.open(intakeId)));
            assertRefused(() -> who.call(() -> intakes.start(patientId)));
            assertRefused(() -> who.call(() -> intakes.startFollowUp(patientId)));
            assertRefused(() -> who.call(() -> intakes.save(intakeId, view.version(), view.form())));
            assertRefused(() -> who.call(() -> intakes.sign(intakeId, view.version())));
            assertRefused(() -> who.call(() -> intakes.addAddendum(intakeId, "x")));
            assertRefused(() -> who.call(() -> intakes.referrals(patientId)));
            assertRefused(() -> who.call(() -> intakes.visits(patientId)));
            assertRefused(() -> who.call(() -> intakes.hasOpenReferral(patientId)));
            assertRefused(() -> who.call(() -> intakes.patientsAwaitingReferral()));
            assertRefused(() -> who.call(() -> {
                intakes.acknowledgeReferral(1, 0, "note");
                return null;
            }));
        }
    }

    @Test
    void aClinicAdminReadsButDoesNotRecord() throws Exception {
        IntakeView view = open();
        assertEquals(intakeId, clinicAdmin.call(() -> intakes.open(intakeId)).id());
        assertRefused(() -> clinicAdmin.call(() -> intakes.save(intakeId, view.version(), view.form())));
        assertRefused(() -> clinicAdmin.call(() -> intakes.sign(intakeId, view.version())));
        assertRefused(() -> clinicAdmin.call(() -> intakes.start(patientId)));
    }
}
