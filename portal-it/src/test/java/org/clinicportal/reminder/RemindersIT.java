package org.clinicportal.reminder;

import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinicportal.accounts.KeycloakConnection;
import org.clinicportal.intake.RedFlag;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.PortalAccess;
import org.clinicportal.program.LateralHipProbe;
import org.clinicportal.progress.AlertKind;
import org.clinicportal.progress.AlertView;
import org.clinicportal.progress.MeasureForm;
import org.clinicportal.progress.ProgressLog;
import org.clinicportal.progress.ProgressReview;
import org.clinicportal.progress.SessionForm;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
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
 * Reminder emails in Payara against PostgreSQL and Keycloak, at moments the test names as the clock would: due on the
 * chosen days from the chosen time for three hours, never for a day already logged or while a red flag is open,
 * never to a patient whose access is stopped, once even when two nodes try at once; the questionnaire once each time
 * it falls due; the therapist's digest; the unsubscribe link; and the refusals.
 *
 * <p>The reminders here are set five hours away from the real time, so the real clock of the deployment never finds
 * them due while the test runs.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    private static final String CLINIC = "northside";
    private static final ZoneId NORTHSIDE = ZoneId.of("America/Chicago");
    private static final String THERAPIST = "northside-pt";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(LateralHipProbe.class);
    }

    @EJB
    private ReminderSettings settings;

    @EJB
    private EmailDeliveries deliveries;

    @EJB
    private Unsubscribe unsubscribe;

    @EJB
    private StaffEmailSettings staffEmails;

    @EJB
    private PatientRegistry registry;

    @EJB
    private PortalAccess portalAccess;

    @EJB
    private LateralHipProbe lateralHip;

    @EJB
    private ProgressLog log;

    @EJB
    private ProgressReview review;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @Inject
    private ScriptedCaller caller;

    @Inject
    private KeycloakConnection keycloak;

    private long patientId;
    private String account;
    private LocalTime at;

    @BeforeEach
    void aPatientWithAProgramFromTodayAndAPortalLogin() throws Exception {
        caller.actFor(CLINIC);
        String family = "Remind" + UUID.randomUUID().toString().substring(0, 8);
        PatientDetails details = new PatientDetails();
        details.setGivenName("Rae");
        details.setFamilyName(family);
        details.setDateOfBirth(LocalDate.of(1988, 3, 3));
        details.setEmail("rae." + family.toLowerCase() + "@example.org");
        details.setAssignedTherapist(THERAPIST);
        patientId = therapist.call(() -> registry.register(details));
        assign(patientId);
        String username = therapist.call(() -> portalAccess.give(patientId)).username();
        account = keycloak.realm().users().search(username, true).get(0).getId();
        LocalTime now = LocalTime.now(NORTHSIDE).truncatedTo(ChronoUnit.MINUTES);
        at = now.isBefore(LocalTime.NOON) ? now.plusHours(5) : now.minusHours(5);
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void aDueReminderIsSentOnceEvenWhenTwoNodesTryAtOnce() throws Exception {
        remindOn(EnumSet.allOf(DayOfWeek.class), false);
        Instant moment = today(at.plusMinutes(1));
        PatientReminder due = exercisesDue(moment).orElseThrow(() -> new AssertionError("no reminder due"));
        assertEquals(Long.toString(patientId), due.recipient());

        List<Boolean> sent = atOnce(() -> deliveries.deliver(CLINIC, due, moment));

        assertEquals(1, Collections.frequency(sent, true), "one of the two sends it: " + sent);
        assertEquals(Optional.empty(), exercisesDue(moment), "and no later run finds it due again");
        assertFalse(deliveries.deliver(CLINIC, due, moment.plusSeconds(20)), "nor sends it again");
    }

    @Test
    void aReminderWaitsForItsDayAndTimeAndLapsesThreeHoursLate() throws Exception {
        DayOfWeek today = LocalDate.now(NORTHSIDE).getDayOfWeek();
        remindOn(EnumSet.complementOf(EnumSet.of(today)), false);
        assertEquals(Optional.empty(), exercisesDue(today(at.plusMinutes(1))), "not on a day not chosen");

        remindOn(EnumSet.of(today), false);
        assertEquals(Optional.empty(), exercisesDue(today(at.minusMinutes(1))), "not before its time");
        assertTrue(exercisesDue(today(at)).isPresent(), "from its minute on");
        assertTrue(exercisesDue(today(at.plusHours(2).plusMinutes(59))).isPresent(), "still when the mail was down");
        assertEquals(Optional.empty(), exercisesDue(today(at.plusHours(3))), "not three hours late");
    }

    @Test
    void aDayAlreadyLoggedOrAnOpenRedFlagSendsNoReminder() throws Exception {
        remindOn(EnumSet.allOf(DayOfWeek.class), false);
        Instant moment = today(at.plusMinutes(1));
        assertTrue(exercisesDue(moment).isPresent());

        caller.actFor(CLINIC, account);
        assertTrue(patient.call(() -> log.reportSymptoms(Set.of(RedFlag.NIGHT_PAIN))));
        assertEquals(Optional.empty(), exercisesDue(moment), "a runner told to see a doctor is not told to exercise");

        caller.actFor(CLINIC);
        AlertView flag =
                therapist.call(() -> review.progress(patientId)).alerts().get(0);
        therapist.call(() -> {
            review.acknowledge(AlertKind.RED_FLAG, flag.id(), flag.version(), "Seen by the GP: no fracture.");
            return null;
        });
        assertTrue(exercisesDue(moment).isPresent(), "once acknowledged, reminders go on");

        caller.actFor(CLINIC, account);
        SessionForm form = patient.call(() -> log.sessionForm(LocalDate.now(NORTHSIDE)));
        form.setPainDuring(1);
        form.setPainAfter(1);
        patient.call(() -> {
            log.logSession(form);
            return null;
        });
        assertEquals(Optional.empty(), exercisesDue(moment), "nothing to remind of once the day is logged");
    }

    @Test
    void aPatientWhoseAccessIsStoppedIsNeverEmailed() throws Exception {
        remindOn(EnumSet.allOf(DayOfWeek.class), false);
        caller.actFor(CLINIC);
        clinicAdmin.call(() -> {
            portalAccess.allowSignIn(patientId, false);
            return null;
        });
        Instant moment = today(at.plusMinutes(1));
        PatientReminder due = exercisesDue(moment).orElseThrow();

        assertFalse(deliveries.deliver(CLINIC, due, moment), "withheld");
        assertEquals(Optional.empty(), exercisesDue(moment), "and not asked about again that day");
    }

    @Test
    void theLinkInAReminderStopsItsKindOnlyAndOnlyWithItsOwnClinic() throws Exception {
        remindOn(EnumSet.allOf(DayOfWeek.class), true);
        Instant moment = today(at.plusMinutes(1));
        String token = exercisesDue(moment).orElseThrow().token();

        assertFalse(unsubscribe.isValid("harbor", token, EmailKind.EXERCISES), "another clinic's name finds nothing");
        assertFalse(unsubscribe.stop("harbor", token, EmailKind.EXERCISES));
        assertFalse(unsubscribe.isValid(CLINIC, token, EmailKind.ALERT_DIGEST), "nor a staff member's kind");
        assertFalse(unsubscribe.isValid(CLINIC, UUID.randomUUID().toString(), EmailKind.EXERCISES));
        assertFalse(unsubscribe.isValid(CLINIC, null, EmailKind.EXERCISES));
        assertTrue(exercisesDue(moment).isPresent(), "none of them stopped anything");

        assertTrue(unsubscribe.isValid(CLINIC, token, EmailKind.EXERCISES));
        assertTrue(unsubscribe.stop(CLINIC, token, EmailKind.EXERCISES));
        assertTrue(unsubscribe.stop(CLINIC, token, EmailKind.EXERCISES), "a second click says the same");

        assertEquals(Optional.empty(), exercisesDue(moment));
        caller.actFor(CLINIC, account);
        ReminderView mine = patient.call(() -> settings.mine());
        assertEquals(Set.of(), mine.days());
        assertTrue(mine.questionnaires(), "the questionnaire emails stay");
    }

    @Test
    void aDueQuestionnaireIsEmailedOnceEachTimeItFallsDue() throws Exception {
        remindOn(Set.of(), true);
        caller.actFor(CLINIC);
        therapist.call(() -> {
            review.scheduleOutcomes(patientId, 4, false);
            return null;
        });
        Instant moment = today(at.plusMinutes(1));
        PatientReminder due = questionnaireDue(moment).orElseThrow(() -> new AssertionError("not due"));
        assertTrue(deliveries.deliver(CLINIC, due, moment));
        assertEquals(Optional.empty(), questionnaireDue(moment.plus(Duration.ofDays(1))), "not again the next day");

        caller.actFor(CLINIC, account);
        MeasureForm answers = new MeasureForm();
        answers.setTakenOn(LocalDate.now(NORTHSIDE));
        answers.setLefs(new ArrayList<>(Collections.nCopies(20, 3)));
        answers.setPain(2);
        patient.call(() -> {
            log.recordMeasure(answers);
            return null;
        });
        assertEquals(Optional.empty(), questionnaireDue(moment.plus(Duration.ofDays(27))), "answered: due in 4 weeks");
        assertTrue(questionnaireDue(moment.plus(Duration.ofDays(28))).isPresent(), "then emailed again");
    }

    @Test
    void theTherapistsDigestCountsTheNewOpenAlertsOfTheirPatients() throws Exception {
        ZonedDateTime digestTime = ZonedDateTime.now(NORTHSIDE).with(StaffEmailChoice.DIGEST_AT);
        if (!digestTime.isAfter(ZonedDateTime.now(NORTHSIDE))) {
            digestTime = digestTime.plusDays(1);
        }
        Instant moment = digestTime.plusMinutes(5).toInstant();
        assertEquals(Optional.empty(), digest(digestTime.minusMinutes(1).toInstant()), "not before its time");
        long before = digest(moment).map(AlertDigest::newAlerts).orElse(0L);

        caller.actFor(CLINIC, account);
        patient.call(() -> log.reportSymptoms(Set.of(RedFlag.NIGHT_PAIN)));

        AlertDigest due = digest(moment).orElseThrow();
        assertEquals(before + 1, due.newAlerts());
        assertTrue(deliveries.deliver(CLINIC, due, moment));
        assertEquals(Optional.empty(), digest(moment), "once a day");
    }

    @Test
    void aTherapistStopsAndStartsAgainTheirOwnEmailsInTheirOwnClinic() throws Exception {
        String therapistName = "emails-" + UUID.randomUUID().toString().substring(0, 8);
        caller.actAs(CLINIC, therapistName);
        assertEquals(Set.copyOf(StaffEmailSettings.KINDS), therapist.call(() -> staffEmails.mine()), "all at first");
        therapist.call(() -> {
            staffEmails.choose(EnumSet.of(EmailKind.MESSAGES));
            return null;
        });
        assertEquals(Set.of(EmailKind.MESSAGES), therapist.call(() -> staffEmails.mine()));
        therapist.call(() -> {
            staffEmails.choose(EnumSet.of(EmailKind.RED_FLAG, EmailKind.MESSAGES));
            return null;
        });
        assertEquals(
                Set.of(EmailKind.RED_FLAG, EmailKind.MESSAGES),
                therapist.call(() -> staffEmails.mine()),
                "the red flag notice is back");

        caller.actAs("harbor", therapistName);
        assertEquals(
                Set.copyOf(StaffEmailSettings.KINDS), therapist.call(() -> staffEmails.mine()), "another clinic's own");
        caller.actFor(CLINIC, account);
        assertRefused(() -> patient.call(() -> staffEmails.mine()));
        caller.actAs(CLINIC, therapistName);
        assertRefused(() -> clinicAdmin.call(() -> {
            staffEmails.choose(EnumSet.noneOf(EmailKind.class));
            return null;
        }));
        assertRefused(() -> staffEmails.mine());
        assertEquals(Set.of(EmailKind.RED_FLAG, EmailKind.MESSAGES), therapist.call(() -> staffEmails.mine()));
    }

    @Test
    void onlyTheSignedInPatientSetsTheirRemindersAndOnlyInTheirClinic() throws Exception {
        ReminderForm form = form(EnumSet.of(DayOfWeek.MONDAY), false);
        caller.actFor(CLINIC);
        assertRefused(() -> therapist.call(() -> settings.mine()));
        assertRefused(() -> clinicAdmin.call(() -> {
            settings.save(form);
            return null;
        }));
        assertRefused(() -> settings.mine());

        caller.actFor("harbor", account);
        assertThrows(EJBException.class, () -> patient.call(() -> settings.mine()), "not found in another clinic");

        caller.actFor(CLINIC, account);
        form.setAt(LocalTime.of(7, 30, 15));
        assertInvalid(() -> patient.call(() -> {
            settings.save(form);
            return null;
        }));
        form.setAt(null);
        assertInvalid(() -> patient.call(() -> {
            settings.save(form);
            return null;
        }));
        assertEquals(Set.of(), patient.call(() -> settings.mine()).days(), "nothing stored from refused input");
    }

    private void remindOn(Set<DayOfWeek> days, boolean questionnaires) throws Exception {
        caller.actFor(CLINIC, account);
        ReminderForm form = form(days, questionnaires);
        patient.call(() -> {
            settings.save(form);
            return null;
        });
        ReminderView saved = patient.call(() -> settings.mine());
        assertEquals(days, saved.days());
        assertEquals(at, saved.at());
    }

    private ReminderForm form(Set<DayOfWeek> days, boolean questionnaires) {
        ReminderForm form = new ReminderForm();
        form.setDays(new ArrayList<>(days));
        form.setAt(at);
        form.setQuestionnaires(questionnaires);
        return form;
    }

    /** What the clock would find for this patient, asked as the clock asks: with no caller. */
    private Optional<PatientReminder> exercisesDue(Instant moment) {
        return patientsEmail(moment, EmailKind.EXERCISES);
    }

    private Optional<PatientReminder> questionnaireDue(Instant moment) {
        return patientsEmail(moment, EmailKind.QUESTIONNAIRE);
    }

    private Optional<PatientReminder> patientsEmail(Instant moment, EmailKind kind) {
        caller.actForNoClinic();
        return deliveries.dueIn(CLINIC, moment).stream()
                .filter(email -> email instanceof PatientReminder reminder
                        && reminder.patientId() == patientId
                        && reminder.kind() == kind)
                .map(PatientReminder.class::cast)
                .findFirst();
    }

    private Optional<AlertDigest> digest(Instant moment) {
        caller.actForNoClinic();
        return deliveries.dueIn(CLINIC, moment).stream()
                .filter(email ->
                        email instanceof AlertDigest digest && digest.username().equals(THERAPIST))
                .map(AlertDigest.class::cast)
                .findFirst();
    }

    private static Instant today(LocalTime time) {
        return LocalDate.now(NORTHSIDE).atTime(time).atZone(NORTHSIDE).toInstant();
    }

    /** Two calls released together, as two nodes' clocks. */
    private static List<Boolean> atOnce(Callable<Boolean> call) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(nodes.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Boolean> sent = new ArrayList<>();
            for (Future<Boolean> answer : answers) {
                sent.add(answer.get(60, TimeUnit.SECONDS));
            }
            return sent;
        } finally {
            nodes.shutdownNow();
        }
    }

    private void assign(long patient) throws Exception {
        therapist.call(() -> {
            lateralHip.assign(patient, LocalDate.now(NORTHSIDE));
            return null;
        });
    }
}
