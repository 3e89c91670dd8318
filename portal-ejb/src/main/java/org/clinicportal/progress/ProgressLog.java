package org.clinicportal.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinicportal.intake.RedFlag;
import org.clinicportal.intake.ReferralAlert;
import org.clinicportal.language.CallersLanguage;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PortalPatients;
import org.clinicportal.program.Program;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.program.ProgramVersion;
import org.clinicportal.program.Programs;
import org.clinicportal.reference.ClinicalTerms;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.tenancy.ClinicCalendar;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;

/**
 * What a patient reports from home: exercise sessions, runs, shoes, new symptoms and outcome
 * measures. Always for the signed-in patient's own record; nothing here takes a patient id.
 * Every report runs the alert rules at once.
 */
@Stateless
@RolesAllowed(Role.PATIENT_NAME)
public class ProgressLog {

    /** How far back a patient may still report or correct a session. */
    public static final int CORRECTABLE_DAYS = 7;

    @Inject
    private Event<RedFlagReportedFromHome> redFlagReported;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private CallersLanguage reader;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @EJB
    private ClinicalTerms terms;

    /**
     * The session form of a day: the exercises due, with what was already reported that day.
     *
     * @throws ProgressRefusedException without a program, or for a day in the future or too long ago
     */
    public SessionForm sessionForm(@NotNull LocalDate day) throws ProgressRefusedException {
        Patient patient = me();
        requireRecent(day);
        ProgramVersion version = currentProgram(patient);
        Optional<SessionLog> existing = sessionOn(patient, day);
        Map<Long, Integer> done = existing.map(log -> log.exercises().stream()
                        .collect(Collectors.toMap(ExerciseDone::exerciseId, ExerciseDone::setsDone, (a, b) -> a)))
                .orElse(Map.of());
        List<ProgramItem> due = version.dueOn(day);
        Map<Long, String> names = names(due);
        SessionForm form = new SessionForm();
        form.setDay(day);
        form.setLines(due.stream()
                .map(item -> new SessionForm.Line(
                        item.exerciseId(),
                        names.get(item.exerciseId()),
                        item.dosage().sets().orElse(1),
                        done.getOrDefault(item.exerciseId(), 0)))
                .collect(Collectors.toList()));
        existing.ifPresent(log -> {
            form.setCorrection(true);
            form.setPainDuring(log.painDuring());
            form.setPainAfter(log.painAfter());
            form.setNote(log.note().orElse(null));
        });
        return form;
    }

    /** Reports the day's session, or corrects it: a day has one session log whatever is sent twice. */
    public void logSession(@NotNull @Valid SessionForm form) throws ProgressRefusedException {
        Patient patient = me();
        requireRecent(form.getDay());
        Set<Long> due = currentProgram(patient).dueOn(form.getDay()).stream()
                .map(ProgramItem::exerciseId)
                .collect(Collectors.toSet());
        List<ExerciseDone> done = form.getLines().stream()
                .filter(line -> due.contains(line.getExerciseId()))
                .map(line -> new ExerciseDone(line.getExerciseId(), line.getSetsDone()))
                .toList();
        SessionLog log = sessionOn(patient, form.getDay()).orElseGet(() -> {
            SessionLog created = new SessionLog(patient.id(), form.getDay());
            entityManager.persist(created);
            return created;
        });
        log.report(done, form.getPainDuring(), form.getPainAfter(), form.getNote(), OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.flush();
        new PatientProgress(entityManager, patient.id(), today()).raiseAlerts();
    }

    /** A new run form, with the id that makes sending it twice harmless. */
    public RunForm runForm(@NotNull DistanceUnit unit) {
        me();
        RunForm form = new RunForm();
        form.setSubmissionId(UUID.randomUUID().toString());
        form.setDistanceUnit(unit);
        form.setDay(today());
        return form;
    }

    /**
     * Reports a run. The same form sent again (a double tap, a retry) is stored once.
     *
     * @return the alerts the run raised, for the patient to read what they mean
     */
    public List<AlertKind> logRun(@NotNull @Valid RunForm form) throws ProgressRefusedException {
        Patient patient = me();
        if (form.getDay().isAfter(today())) {
            throw new ProgressRefusedException("refused.progress.runInFuture");
        }
        if (!entityManager
                .createNamedQuery("RunLog.bySubmission", RunLog.class)
                .setParameter("submission", form.getSubmissionId())
                .getResultList()
                .isEmpty()) {
            return List.of();
        }
        if (form.getShoeId() != null && shoes(patient).stream().noneMatch(shoe -> shoe.id() == form.getShoeId())) {
            throw new ProgressRefusedException("refused.progress.notYourShoes");
        }
        entityManager.persist(new RunLog(
                patient.id(),
                form.getSubmissionId(),
                form.getDay(),
                Distance.of(form.getDistance(), form.getDistanceUnit()),
                form.getDurationMinutes(),
                form.getPainDuring(),
                form.getPainAfter(),
                Optional.ofNullable(form.getSorenessHours()),
                form.isStillSore(),
                form.getSurface(),
                form.getShoeId(),
                OffsetDateTime.now(ZoneOffset.UTC)));
        entityManager.flush();
        return new PatientProgress(entityManager, patient.id(), today())
                .raiseAlerts().stream().map(Alarm::kind).toList();
    }

    /** The patient's shoes in use, with their distance. */
    public List<ShoeView> shoes() {
        return shoes(me());
    }

    public long addShoe(@NotNull @Valid ShoeForm form) {
        Patient patient = me();
        Shoe shoe = new Shoe(
                patient.id(),
                form.getName(),
                form.getType(),
                Distance.of(form.getDistanceSoFar(), form.getDistanceUnit()));
        entityManager.persist(shoe);
        entityManager.flush();
        return shoe.id();
    }

    /**
     * New symptoms from home. Any red flag answered yes raises a referral alert for the therapist at
     * once; no program change is possible until they acknowledge it. While one reported from home is
     * still open, a second report (or the same one sent twice) adds to it rather than raising another.
     *
     * @return whether a referral alert was raised
     */
    public boolean reportSymptoms(@NotNull Set<RedFlag> yes) {
        Patient patient = me();
        if (yes.isEmpty()) {
            return false;
        }
        // The patient's row serialises their own reports; the alert's row waits for a therapist acknowledging it,
        // after which it is no longer open and the report becomes a new alert.
        entityManager.lock(patient, LockModeType.PESSIMISTIC_WRITE);
        Optional<ReferralAlert> open = entityManager
                .createNamedQuery("ReferralAlert.openFromHome", ReferralAlert.class)
                .setParameter("patient", patient.id())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (open.isPresent()) {
            open.get().reflag(open.get().redFlags(), yes);
        } else {
            entityManager.persist(ReferralAlert.reportedByPatient(patient.id(), EnumSet.copyOf(yes)));
        }
        audit.record(
                AuditAction.REFERRAL_RAISED,
                patient.id(),
                "Reported by the patient: "
                        + yes.stream()
                                .map(flag -> terms.term("RED_FLAG", flag).label())
                                .collect(Collectors.joining("; ")));
        redFlagReported.fire(new RedFlagReportedFromHome(caller.clinic().orElseThrow(), patient.id()));
        return true;
    }

    /** Records the outcome measures the patient filled in. */
    public void recordMeasure(@NotNull @Valid MeasureForm form) throws ProgressRefusedException {
        Patient patient = me();
        if (form.getTakenOn().isAfter(today())) {
            throw new ProgressRefusedException("refused.progress.measureInFuture");
        }
        entityManager.persist(new OutcomeMeasure(
                patient.id(),
                form.getTakenOn(),
                caller.username(),
                form.getLefs(),
                form.getPain(),
                form.hoosAnswers(),
                OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** The patient's blank questionnaire, dated today: LEFS, and HOOS-12 when their therapist's schedule picks it. */
    public MeasureForm newQuestionnaire() {
        return MeasureForm.blank(today(), Programs.of(entityManager, me().id()));
    }

    /** Whether the therapist's schedule asks for the outcome measures today: two small queries, for the home page. */
    public boolean isQuestionnaireDue() {
        Patient patient = me();
        Optional<Integer> every = Programs.of(entityManager, patient.id()).flatMap(Program::outcomeEveryWeeks);
        if (every.isEmpty()) {
            return false;
        }
        Optional<LocalDate> last = Optional.ofNullable(entityManager
                .createNamedQuery("OutcomeMeasure.lastTaken", LocalDate.class)
                .setParameter("patient", patient.id())
                .getSingleResult());
        LocalDate today = today();
        return OutcomeSchedule.nextDue(every, last, today)
                .filter(due -> !due.isAfter(today))
                .isPresent();
    }

    /** The patient's own progress, for their charts; alerts are the therapist's and are left out. */
    public ProgressView progress() {
        Patient patient = me();
        return new PatientProgress(entityManager, patient.id(), today())
                .patientsView(patient.name().toString());
    }

    /** Today in the clinic's time zone. */
    public LocalDate today() {
        return calendar.today();
    }

    private List<ShoeView> shoes(Patient patient) {
        return PatientProgress.shoesOf(entityManager, patient.id());
    }

    private void requireRecent(LocalDate day) throws ProgressRefusedException {
        LocalDate today = today();
        if (day.isAfter(today) || day.isBefore(today.minusDays(CORRECTABLE_DAYS))) {
            throw new ProgressRefusedException("refused.progress.sessionOutOfReach", CORRECTABLE_DAYS);
        }
    }

    private ProgramVersion currentProgram(Patient patient) throws ProgressRefusedException {
        return Programs.currentVersion(entityManager, patient.id())
                .orElseThrow(() -> new ProgressRefusedException("refused.progress.noProgram"));
    }

    private Optional<SessionLog> sessionOn(Patient patient, LocalDate day) {
        return entityManager
                .createNamedQuery("SessionLog.onDay", SessionLog.class)
                .setParameter("patient", patient.id())
                .setParameter("day", day)
                .getResultStream()
                .findFirst();
    }

    private Map<Long, String> names(List<ProgramItem> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createNamedQuery("Exercise.namesAmong", Object[].class)
                .setParameter("language", reader.get().name())
                .setParameter("ids", items.stream().map(ProgramItem::exerciseId).collect(Collectors.toSet()))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    private Patient me() {
        return PortalPatients.me(entityManager, caller);
    }
}
